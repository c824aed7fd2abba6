a = 0b101100
b = 0x3F
print(a, b, 0o17)
print(a & b, a | b, a ^ b, ~a, ~0, ~-1)
print(1 << 10, 1 << 29, 1024 >> 3, -1024 >> 3, -1 >> 5, 7 >> 10)
print(-8 & 0xFF, -8 | 3, -8 ^ 5)
print(5 & 3 | 8, 5 | 3 & 8, 1 + 2 << 3, 16 >> 1 + 1)
x = 12345
bits = 0
while x:
    bits = bits + (x & 1)
    x = x >> 1
print(bits)
print(True & False, True | False, True ^ True)
