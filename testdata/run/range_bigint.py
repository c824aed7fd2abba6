# range() with big-int bounds: len, indexing, `in`, iteration, repr, equality and
# hashing, for loops over them, and CPython's OverflowError where it raises one.
big = 10**20
r = range(big, big + 3)
print(r, len(r), r[0], r[-1], r[2], r.start, r.stop, r.step)
print(list(r), big + 1 in r, big + 3 in r, big - 1 in r, 5 in r, 1.5 in r)
for x in range(big, big + 3):
    print(x - big, end=" ")
print()
for x in range(big + 2, big - 1, -1):
    print(x - big, end=" ")
print()
for i in range(-3 * big, -3 * big + 2):
    print(i)
for i in range(3, big):
    if i > 6:
        break
    print(i, end=" ")
else:
    print("never")
print()
for i in range(big, 0):
    print("never")
else:
    print("empty loop's else")

s = range(0, 10**30, 10**29)
print(s, len(s), s[3], s[-1], 5 * 10**29 in s, 5 * 10**29 + 1 in s, list(s)[:3])
n = range(big, -big, -(10**19))
print(n, len(n), n[0], n[-1], n[19], 0 in n, -big in n)
print(range(big, big) == range(0), range(big, big + 1) == range(big, big + 1, 7))
print(range(big, big + 3) == range(big, big + 3), range(big) != range(big + 1))
print(hash(range(big, big + 3)) == hash(range(big, big + 3, 1)), hash(range(5, 5)) == hash(range(big, big)))
print(bool(range(2**64)), bool(range(big, 0)), range(2**64)[-1], range(2**64)[2**63])
print(sum(range(big, big + 4)), max(range(big, big + 4)), sorted(range(big + 2, big - 1, -1))[0] == big - 0)
it = iter(range(2**63 - 1, 2**63 + 1))
print(next(it), next(it), next(it, "done"))
print(len(range(big, big + 2**30)), len(range(-big, -big + 2**30, 3)))

for args in [(2**64,), (0, 2**64, 2), (-(2**64), 0)]:
    try:
        print(len(range(*args)))
    except OverflowError as e:
        print("OverflowError:", e)
for idx in [2**64, -(2**64) - 1]:
    try:
        range(2**64)[idx]
    except IndexError as e:
        print("IndexError:", e)
try:
    range(big, big * 2, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(big, 1.5)
except TypeError as e:
    print("TypeError:", e)
