# dict.fromkeys, d | other, d |= other, update(**kw), reversed(d) and its views.


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


# dict.fromkeys: any iterable, value None by default, one shared value.
print(dict.fromkeys("abc"))
print(dict.fromkeys([1, 2, 1], 0))
print(dict.fromkeys(range(3), []))
shared = dict.fromkeys("xy", [])
shared["x"].append(1)
print(shared)
print(dict.fromkeys({"k": 1, "j": 2}, "v"), dict.fromkeys(()))
print({}.fromkeys((3, 4), "i"), {9: 9}.fromkeys([5]))
print(dict.fromkeys(x * x for x in range(4)))
show("fromkeys()", lambda: dict.fromkeys())
show("fromkeys(1, 2, 3)", lambda: dict.fromkeys(1, 2, 3))
show("fromkeys(5)", lambda: dict.fromkeys(5))
show("fromkeys(value=)", lambda: dict.fromkeys([1], value=2))
show("fromkeys([[]])", lambda: dict.fromkeys([[1]]))

# d | other: dicts only; the right side wins, order from the left.
a = {"a": 1, "b": 2}
b = {"b": 20, "c": 30}
print(a | b, b | a, a | {}, {} | a)
print(a)
show("dict | list", lambda: a | [("z", 1)])
show("list | dict", lambda: [1] | a)
show("dict | None", lambda: a | None)

# d |= other: any mapping or iterable of pairs, in place.
c = {1: "one"}
alias = c
c |= {2: "two"}
c |= [(3, "three"), (1, "uno")]
c |= (("x", 0) for _ in range(1))
print(c, alias is c)


class Mapping:
    def keys(self):
        return ["m", "n"]

    def __getitem__(self, k):
        return k.upper()


c |= Mapping()
print(c)


def ior_bad(v):
    d = {}
    d |= v
    return d


show("|= 5", lambda: ior_bad(5))
show("|= [1]", lambda: ior_bad([1]))
show("|= [(1, 2, 3)]", lambda: ior_bad([(1, 2, 3)]))

# update with keyword arguments (after the positional argument).
d = {"a": 1}
d.update(b=2)
d.update({"c": 3}, d=4, a=0)
d.update([("e", 5)], f=6)
d.update()
print(d)
dict.update(d, g=7)
print(d)
show("update(1, 2)", lambda: d.update({}, {}))
show("update(1)", lambda: d.update(1))
show("get(k=)", lambda: d.get("a", default=1))

# reversed over a dict and its views.
r = {"one": 1, "two": 2, "three": 3}
print(list(reversed(r)), list(reversed(r.keys())))
print(list(reversed(r.values())), list(reversed(r.items())))
del r["two"]
r["four"] = 4
print(list(reversed(r)), list(reversed({})))
it = reversed(r)
print(next(it), type(it).__name__, type(reversed(r.items())).__name__)
r["five"] = 5
show("changed size", lambda: next(it))
x = {1: 1, 2: 2, 3: 3}
x.popitem()
print(list(reversed(x.items())))

# The dict subclasses of collections: fromkeys, |, |=, reversed.
from collections import Counter, OrderedDict, defaultdict

print(OrderedDict.fromkeys("ab"), OrderedDict.fromkeys("ab", 1), OrderedDict().fromkeys("x"))
dd = defaultdict.fromkeys("ab", 1)
print(dd, dd.default_factory)
show("Counter.fromkeys", lambda: Counter.fromkeys("ab"))
od = OrderedDict(a=1)
print(od | {"b": 2}, {"b": 2} | od, od | OrderedDict(c=3), od)
dd = defaultdict(int, a=1)
print(dd | {"b": 2}, {"b": 2} | dd, dd | od, (dd | {}).default_factory)
od |= [("c", 3)]
dd |= {"x": 1}
dd["missing"] += 5
print(od, dd)


def ior_bad_dd(v):
    d = defaultdict(list)
    d |= v
    return d


show("dd |= 5", lambda: ior_bad_dd(5))
print(list(reversed(od)), list(reversed(dd)), list(reversed(Counter("abca"))))

# fromkeys as a value: a method bound to the class.
fk = dict.fromkeys
print(fk("pq", 0), {}.fromkeys is not None, {1: 2}.fromkeys([3]), repr(fk)[:32])
