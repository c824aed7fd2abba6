# Counter, defaultdict and OrderedDict are dict subclasses, as in CPython.
from collections import Counter, OrderedDict, defaultdict

c = Counter("abracadabra")
print(isinstance(c, dict), issubclass(Counter, dict), type(c).__mro__[1].__name__)
print(c, len(c), c["a"], c["zz"], "zz" in c, sorted(c), c.most_common(2))
print(dict(c), sorted(c.items()), sum(c.values()), c.total(), c.get("b"), c.get("q", -1))
c["z"] += 3
del c["nothing"]
print(c.pop("z"), c.setdefault("y", 7), c.keys() == {"a", "b", "r", "c", "d", "y"})
print(Counter(a=2) == Counter(a=2, b=0), Counter(a=1) <= Counter(a=2), Counter(a=3) > Counter(a=2))
print(Counter(a=1) == {"a": 1}, {"a": 1} == Counter(a=1), Counter(a=1) != Counter(a=2))
print(Counter(a=3, b=1) + Counter(a=1, c=2), Counter(a=3) - Counter(a=5, b=1), +Counter(a=-1, b=2))
d = Counter(a=1)
d.update({"a": 2, "b": 1})
d.update(["a", "c"])
d.subtract(c=5)
print(d, d.most_common(), list(d.elements()))
d |= Counter(c=1)
print(d, type(d).__name__)


class Tally(Counter):
    pass


t = Tally("hello")
print(t, t.copy(), type(t.copy()).__name__)
print({**t}, dict(t) == t, list(reversed(Counter("abc"))))


def f(**kw):
    return sorted(kw.items())


print(f(**Counter(x=1, y=2)))
try:
    Counter.fromkeys("ab")
except NotImplementedError as e:
    print("NotImplementedError", e)

dd = defaultdict(list)
for word in "one two three four five six".split():
    dd[len(word)].append(word)
print(dd, isinstance(dd, dict), dd.default_factory, dict(dd))
print(dd[10], len(dd), 10 in dd, dd.get(11), 11 in dd)
tree = defaultdict(lambda: defaultdict(int))
tree["a"]["x"] += 1
tree["a"]["y"] += 2
tree["b"]["x"] += 3
print({k: dict(v) for k, v in tree.items()})
n = defaultdict(None, {"k": 1})
try:
    n["missing"]
except KeyError as e:
    print("KeyError", e)
print(n, n | {"j": 2}, {"j": 2} | n, type({"j": 2} | n).__name__)
m = defaultdict(int, a=1)
m |= {"b": 2}
print(m, m.copy(), type(m.copy()).__name__, m.copy() == m)
try:
    defaultdict(3)
except TypeError as e:
    print("TypeError", e)
try:
    defaultdict(list, 1, 2)
except TypeError as e:
    print("TypeError", e)

od = OrderedDict([("a", 1), ("b", 2), ("c", 3)])
od.move_to_end("a")
od.move_to_end("c", last=False)
print(od, list(od), isinstance(od, dict), od.popitem(), od.popitem(last=False), od)
od2 = OrderedDict(x=1, y=2)
print(od2 == OrderedDict(y=2, x=1), od2 == {"y": 2, "x": 1}, od2 != OrderedDict(y=2, x=1))
print(OrderedDict(), OrderedDict.fromkeys("ab", 0), od2 | {"z": 3}, od2.copy())
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError", e)
try:
    od2.move_to_end("nope")
except KeyError as e:
    print("KeyError", e)
match Counter("aab"):
    case {"a": 2, **rest}:
        print("matched", rest)
print(sorted([Counter("ab"), Counter("a")], key=len), max(Counter(x=5, y=9).items(), key=lambda kv: kv[1]))
