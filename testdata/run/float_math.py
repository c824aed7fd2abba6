def sqrt(x):
    guess = x / 2.0
    i = 0
    while i < 30:
        guess = (guess + x / guess) / 2.0
        i = i + 1
    return guess

print(sqrt(2.0), sqrt(9.0), sqrt(1e10), sqrt(0.25))
pi = 0.0
sign = 1.0
for k in range(1000):
    pi = pi + sign * 4.0 / (2 * k + 1)
    sign = -sign
print(pi)
e = 1.0
term = 1.0
for n in range(1, 20):
    term = term / n
    e = e + term
print(e)
def poly(x):
    return 3.0 * x ** 3 - 2.0 * x ** 2 + x - 7.0

xs = [-2.0, -0.5, 0.0, 0.5, 1.0, 2.5]
for x in xs:
    print(x, poly(x))
area = 0.0
n = 1000
h = 1.0 / n
for i in range(n):
    x = (i + 0.5) * h
    area = area + 4.0 / (1.0 + x * x) * h
print(area)
print(0.1 * 0.1, 1.0 / 49 * 49, 1e-3 * 1e3)
