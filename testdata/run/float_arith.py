a = 3.5
b = 1.25
print(a + b, a - b, a * b, a / b)
print(a // b, a % b, a ** 2, 2.0 ** 0.5)
print(-a, abs(-a), 10 / 4, 10 / 5)
print(0.1 + 0.2, 0.1 * 3, 1 - 0.9)
print(1 / 3, 2 / 3, 22 / 7)
x = 0.0
i = 0
while i < 10:
    x = x + 0.1
    i = i + 1
print(x, x == 1.0)
print(1.5 + 2, 2 * 0.25, 7 / 2.0, 3 - 0.5)
print(4 ** 0.5, 8 ** (1 / 3), 2 ** -2)
print(1e3, 1.5e2 * 2, 2.5e-3 * 4)
t = 100.0
t *= 1.1
print(t)
t /= 3
print(t)
