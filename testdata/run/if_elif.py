def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"

for n in [-5, 0, 3, 10, 99, 100, 12345]:
    print(n, classify(n))
x = 7
if x % 2 == 0:
    print("even")
else:
    print("odd")
if x > 5:
    if x > 6:
        print("above six")
    print("above five")
if []:
    print("empty list is truthy?")
elif "":
    print("empty string is truthy?")
elif 0.0:
    print("zero is truthy?")
else:
    print("all falsy")
for n in range(1, 16):
    if n % 15 == 0:
        print("FizzBuzz")
    elif n % 3 == 0:
        print("Fizz")
    elif n % 5 == 0:
        print("Buzz")
    else:
        print(n)
