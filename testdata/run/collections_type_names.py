# Messages naming the classes CPython writes in C (collections.deque,
# collections.defaultdict, collections.OrderedDict, functools.partial) print the
# module-qualified name; __name__, __qualname__ and reprs keep the short one.
# Counter and namedtuple classes are Python classes in CPython too: short names.
import collections
import functools

P = collections.namedtuple("P", "x y")
objects = [
    collections.deque([1]),
    collections.defaultdict(int),
    collections.OrderedDict(),
    collections.Counter(),
    P(1, 2),
    functools.partial(max, 1),
]
for o in objects:
    t = type(o)
    print("==", t.__name__, t.__qualname__, t.__module__, t)
    tests = [
        ("1 + o", lambda: 1 + o),
        ("o - 1", lambda: o - 1),
        ("o ** 2", lambda: o ** 2),
        ("o >> 1", lambda: o >> 1),
        ("divmod(o, 1)", lambda: divmod(o, 1)),
        ("-o", lambda: -o),
        ("~o", lambda: ~o),
        ("abs(o)", lambda: abs(o)),
        ("o()", lambda: o() if t is not functools.partial else len(o)),
        ("o.zzz", lambda: o.zzz),
        ("type(o).zzz", lambda: t.zzz),
        ("hash(o)", lambda: hash(o)),
        ("{o}", lambda: {o}),
        ("int(o)", lambda: int(o)),
        ("float(o)", lambda: float(o)),
        ("next(o)", lambda: next(o)),
        ("format(o, 'd')", lambda: format(o, "d")),
        ("'%d' % (o,)", lambda: "%d" % (o,)),
        ("round(o)", lambda: round(o)),
        ("[][o]", lambda: [][o]),
        ("'a'.join([o])", lambda: "a".join([o])),
        ("chr(o)", lambda: chr(o)),
        ("range(o)", lambda: range(o)),
    ]
    if t is not P:
        # (A namedtuple's comparisons are tuple's in pyaot so far.)
        tests.append(("o < 1", lambda: o < 1))
    for text, f in tests:
        try:
            f()
            print(text, "ok")
        except Exception as e:
            print(text, "->", type(e).__name__, e)


class MyDeque(collections.deque):
    pass


try:
    MyDeque() - 1
except TypeError as e:
    print(e)
print(MyDeque.__name__, collections.deque.__name__, repr(collections.deque([2])))
