# reversed() of each built-in sequence and mapping: CPython's iterator types.
for obj in ([1, 2], (1, 2), range(3), "ab", {1: 2}, {1: 2}.keys(), {1: 2}.values(),
            {1: 2}.items(), b"ab", bytearray(b"ab"), range(10 ** 20, 10 ** 20 + 3),
            range(0), range(10, 0, -3), range(-5, 5, 4)):
    r = reversed(obj)
    t = type(r)
    print(t.__name__, t.__qualname__, repr(t), repr(r).startswith("<%s object at 0x" % t.__name__))
    try:
        len(r)
    except TypeError as e:
        print(e)
    try:
        r[0]
    except TypeError as e:
        print(e)
    try:
        r + 1
    except TypeError as e:
        print(e)
    print(list(r), list(r), isinstance(r, reversed), iter(r) is r)
print(type(reversed([])) is type(reversed([5])), type(iter([])) is type(reversed([])))
print(sorted(n for n in dir(reversed([])) if not n.startswith("__") or n in ("__next__", "__length_hint__")))

# The reverse iterator of a list reads the live list.
items = [1, 2, 3, 4]
out = []
for x in reversed(items):
    out.append(x)
    if x == 4:
        items[0] = 100
print(out)
items = [1, 2, 3, 4, 5]
out = []
for x in reversed(items):
    out.append(x)
    if len(items) > 2:
        items.pop()
        items.pop()
print(out, items)
items = [1, 2]
it = reversed(items)
items.append(3)
print(list(it))
it = reversed(items)
print(next(it))
items.clear()
print(list(it), next(it, "done"))
items.extend([7, 8, 9])
print(list(it))
