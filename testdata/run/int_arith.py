a = 17
b = 5
print(a + b, a - b, a * b)
print(a // b, a % b, a / b)
print(a ** 2, 2 ** 10, 3 ** 0, 0 ** 0)
print(-a, +a, -(-a))
print(2 ** -1, 10 ** -2)
print(1000000 * 1000, 123456 - 654321)
x = 0
i = 0
while i < 10:
    x = x + i * i
    i = i + 1
print(x)
x += 5
print(x)
x -= 100
print(x)
x *= 3
print(x)
x //= 7
print(x)
x %= 10
print(x)
x **= 3
print(x)
print(7 - 3 - 2, 2 ** 3 ** 2, 100 // 10 // 3)
print(1073741823, -1073741824)
