# str/repr, int(str, base) and hex/oct/bin of big ints, CPython's 4300-digit limit.
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r

f = fact(800)
s = str(f)
print(len(s), s[:50], s[-50:])
big = 7 ** 2365
t = str(big)
print(len(t), t[:40], t[-40:], repr(-big)[:20])
print(int(t) == big, int("-" + t) == -big, int(t[:1000]) * 10 ** (len(t) - 1000) + int(t[1000:]) == big)
n = 10 ** 1999 + 123456789
print(len(str(n)), str(n)[-12:], str(-n)[:3])
print(str(2 ** 64), repr(-(2 ** 64)), str(10 ** 19), str(10 ** 19 - 1), str(-(10 ** 38)))

for base in [2, 3, 7, 8, 10, 16, 36]:
    v = int("1" + "0" * 80, base)
    print(base, v, v % 1000003)
print(int("zz" * 20, 36), int("-0x" + "f" * 30, 16), int("0b" + "1" * 70, 0), int("0o" + "7" * 30, 0))
print(int("1_000_000_000_000_000_000_000"), int("  -12345678901234567890123  "), int("+" + "9" * 30))
print(hex(2 ** 100), oct(2 ** 100), bin(2 ** 70 + 1), hex(-(2 ** 64)), bin(-(2 ** 65) - 3), oct(-(8 ** 30)))
print(hex(3 ** 100), hex(-(3 ** 100)))

# The 4300-digit limit of CPython 3.11 (decimal only).
print(len(str(10 ** 4299)), len(str(-(10 ** 4300 - 1))))
for v in [10 ** 4300, -(10 ** 4300), 2 ** 20000]:
    try:
        print(len(str(v)))
    except ValueError as e:
        print("ValueError:", e)
for text in ["1" * 4300, "1" * 4301, "0" * 5000, "-" + "2" * 4301, "1_" * 2150 + "1"]:
    try:
        print(len(str(int(text))))
    except ValueError as e:
        print("ValueError:", e)
print(len(hex(10 ** 5000)), len(bin(2 ** 20000)), int("f" * 5000, 16) == 16 ** 5000 - 1)
try:
    print(int("12a45678901234567890123456789"))
except ValueError as e:
    print("ValueError:", e)
