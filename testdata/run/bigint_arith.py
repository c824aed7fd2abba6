# Arbitrary-precision ints: results beyond the small-int range become big ints and
# come back to small ones when they fit again. No literal here exceeds 2**30 (Thumb's
# small ints), so every big value is computed.
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r

for n in [12, 13, 20, 21, 25, 30, 50, 100]:
    print(n, fact(n))
print(2 ** 200)
print(-(2 ** 200), (-2) ** 199, (-3) ** 101)
print(2 ** 64 - 1, 2 ** 64, 2 ** 63 - 1, -(2 ** 63))
print(2 ** 30 - 1 + 1, 2 ** 30 * 2, -(2 ** 30) - 1, 2 ** 62 - 1 + 1, -(2 ** 62) - 1)

# Back to small: a big value minus itself plus one, big * 0, big // big.
big = 3 ** 100
print(big - big + 1, big * 0, big // big, big % big, (big + 5) - big)
print(fact(40) // fact(38), fact(40) // fact(39) - 40)

# Floor division and modulo of every sign combination.
a = 7 ** 60 + 12345
b = 3 ** 40 + 7
for x in [a, -a]:
    for y in [b, -b, 97, -97, 2 ** 70 + 1, -(2 ** 70 + 1)]:
        q = x // y
        r = x % y
        print(q, r, q * y + r == x, divmod(x, y) == (q, r))
print(-(10 ** 40) // 3, -(10 ** 40) % 3, 10 ** 40 // -3, 10 ** 40 % -3)
print(-(2 ** 100) // 2 ** 50, -(2 ** 100 + 1) // 2 ** 50, (2 ** 100 + 1) // -(2 ** 50))
print(divmod(-(3 ** 80), 3 ** 40), divmod(-(3 ** 80) - 1, 3 ** 40))

# Mixed with small ints, bools and floats.
print(big + True, big * False, big - 1.5 == float(big), big / 3 == 3 ** 99)
print(10 ** 20 + 0.5, 2 ** 80 * 1.5, 1.5 * 2 ** 80, 2 ** 80 / 2 ** 78)

# Powers: negative exponents give floats, 3-argument pow reduces.
print(2 ** -2, (2 ** 70) ** -1, (-2) ** 63, 10 ** 30 // 10 ** 29)
print(pow(3, 200, 10 ** 9 + 7), pow(2, 10 ** 6, 2 ** 61 - 1), pow(7, 2 ** 70, 2 ** 89 - 1))
print(pow(-3, 101, 1000), pow(3, -1, 7), pow(3, -5, 2 ** 70 + 1), pow(12, 34, -56))
print(pow(5, 0, 1), pow(0, 0, 7), pow(2 ** 100, 2 ** 100, 2 ** 100 - 1))

# Unary operators and abs.
m = -(2 ** 62)
print(-m, abs(m), +big, -big, abs(-big), -(-big) == big)

# Accumulating sums and products keep exact values.
total = 0
for i in range(1000):
    total += i * 2 ** 64
print(total, total // 2 ** 64)
prod = 1
for i in range(1, 60):
    prod *= 2 ** 31 - i
print(prod % (10 ** 9 + 7), len(str(prod)))

# Comparisons between sizes and signs.
vals = [-(2 ** 100), -(2 ** 64), -1, 0, 1, 2 ** 62 - 1, 2 ** 62, 2 ** 64, 2 ** 100]
for x in vals:
    row = ""
    for y in vals:
        row += "<" if x < y else ("=" if x == y else ">")
    print(x, row, x <= vals[4], x >= vals[5], x != vals[6])
print(max(vals), min(vals), max(2 ** 70, -5, 2 ** 65), min(3, -(2 ** 90)))
print(sum([2 ** 62, 2 ** 62, 2 ** 62]), sum(range(2 ** 29, 2 ** 29 + 10)))
