# Slicing ranges gives ranges; range.index and range.count, on small and big ranges.
r = range(2, 20, 3)
print(r[1:4], r[::-1], r[::2], r[-2:], r[5:1], r[:], r[100:], r[-100:2])
print(range(10)[::-1], range(10)[2:100], range(0, 10, 3)[1:], range(10, 0, -2)[1::2])
print(list(range(10)[7:2:-2]), range(5)[::-1][::-1] == range(5), len(range(100)[::7]))
for x in [5, 6, 2, 17, "a", 5.0, True, 10**30]:
    for name in ("index", "count"):
        try:
            print(name, repr(x), getattr(r, name)(x))
        except ValueError as e:
            print(name, repr(x), "ValueError:", e)
print(range(3).count(True), range(3).index(False), range(-5, 5).index(-5))
b = range(10**20, 10**20 + 10, 2)
print(b[1:3], b[::-1], b[-1:], b[::3], b.index(10**20 + 4), b.count(10**20 + 1), b.count(10**20 + 8))
print(range(0, 10**30, 10**29)[2:4], range(10**19)[10**18 :: 10**17][:2])
try:
    b.index(3)
except ValueError as e:
    print("ValueError:", e)
try:
    r.index()
except TypeError as e:
    print("TypeError:", e)
try:
    r.count(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    r[::0]
except ValueError as e:
    print("ValueError:", e)
idx = r.index
print(idx(8), list(map(r.count, [2, 3, 5])))
