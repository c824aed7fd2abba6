x = 1073741823
print(x + 1, x * 2, -x - 2, x * x)
y = 1
for i in range(62):
    y = y * 2 - (i % 3)
print(y)
acc = 0
for i in range(100000):
    acc = acc + i * i
print(acc)
print(2 ** 31, 2 ** 32 - 1, -(2 ** 31), 1 << 45, 3 ** 39)
h = 0
for ch in "the quick brown fox jumps over the lazy dog":
    h = (h * 31 + ord(ch)) % 1000000007
print(h)
print(12345678901 // 7, -12345678901 % 1000, 98765432100 * 3)
print(float(2 ** 53), int(2.0 ** 60), 2 ** 53 + 1.0)
