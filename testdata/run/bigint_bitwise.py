# Shifts and bitwise operators on big and negative ints: Python ints behave as
# infinite two's complement bit strings.
a = 2 ** 100 + 2 ** 65 + 12345
b = 3 ** 70
for x in [a, -a, 0, -1, 5, -5, 2 ** 64 - 1, -(2 ** 64)]:
    for y in [b, -b, 255, -256, 2 ** 64, -(2 ** 64) - 1]:
        print(x & y, x | y, x ^ y)
print(~a, ~(-a), ~(2 ** 64 - 1), ~(-(2 ** 64)))
for s in [0, 1, 31, 32, 33, 62, 63, 64, 65, 100, 127, 128, 200]:
    print(s, 1 << s, -1 << s, a << s, (-a) << s, a >> s, (-a) >> s, -(2 ** 64) >> s)
print(a >> 1000, (-a) >> 1000, -1 >> 10 ** 30, 0 << 10 ** 30, 5 >> 2 ** 70, -5 >> 2 ** 70)
print((2 ** 200 - 1) & (2 ** 100 + 7), (2 ** 200 - 1) ^ -(2 ** 100), -(2 ** 200) | (2 ** 130 - 1))
print((-a) & 0xFFFF, (-a) & (2 ** 32 - 1), (-a) % 2 ** 32, ((-a) >> 16) & 0xFF)
print(True & 3, True | (2 ** 70), (2 ** 70) ^ True, True << 70)
mask = (1 << 64) - 1
x = 0x9E3779B * 16 + 9
h = 0
for i in range(50):
    h = ((h << 5) ^ (h >> 59) ^ (x * i)) & mask
print(h, hex(h), bin(h).count("1"))
