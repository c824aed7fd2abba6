n = 0
while n < 5:
    print("n is", n)
    n = n + 1
i = 10
while i > 0:
    i = i - 3
print(i)
count = 0
while True:
    count = count + 1
    if count == 4:
        continue
    if count > 6:
        break
    print("count", count)
print("done", count)
a = 1071
b = 462
while b != 0:
    t = b
    b = a % b
    a = t
print("gcd", a)
while False:
    print("never")
k = 3
while k:
    print("k", k)
    k -= 1
