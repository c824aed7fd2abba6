# Nested and mixed unpacking targets.
pairs = [((1, 2), "a"), ((3, 4), "b")]
for (x, y), name in pairs:
    print(x + y, name)
d = {}
d["k"], (p, q) = 5, [6, 7]
print(d, p, q)
