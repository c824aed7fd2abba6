# Classes extending dict: the base's behaviour, the class's overrides, super().


class AttrDict(dict):
    """Keys readable as attributes."""

    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name)


a = AttrDict(x=1, y=2)
print(a, a.x, a["y"], len(a), isinstance(a, dict), type(a).__name__)
a["z"] = 3
print(sorted(a.keys()), list(a.values()), list(a.items()))
print(a.get("x"), a.get("q", "none"), "z" in a, "q" in a)
try:
    a.q
except AttributeError as e:
    print("AttributeError", e)


class Defaulting(dict):
    def __missing__(self, key):
        return key * 2


d = Defaulting({"a": 1})
print(d["a"], d["bc"], d.get("bc"), "bc" in d, len(d))


class Logged(dict):
    def __init__(self, *args, **kw):
        self.log = []
        super().__init__(*args, **kw)

    def __setitem__(self, k, v):
        self.log.append(k)
        super().__setitem__(k, v)

    def __getitem__(self, k):
        return super().__getitem__(k) * 10


g = Logged([("p", 1)], q=2)
g["r"] = 3
g.update(s=4)  # dict.update does not call __setitem__
print(g, g.log, g["p"], g.get("p"), dict(g) == {"p": 1, "q": 2, "r": 3, "s": 4})
print(g == {"p": 1, "q": 2, "r": 3, "s": 4}, {"p": 1} == Logged(p=1), g != {})
del g["p"]
print(sorted(g), g.pop("q"), g.setdefault("t", 9), g)
for k in g:
    print("key", k)
print(repr(Logged()), str(Logged(a=[1])), bool(Logged()), bool(g))
try:
    hash(g)
except TypeError as e:
    print("TypeError", e)
try:
    Logged()["missing"]
except KeyError as e:
    print("KeyError", e)


class Plain(dict):
    pass


p = Plain.fromkeys("ab", 0)
print(type(p).__name__, p, Plain(), Plain(a=1) | {"b": 2}, type(Plain(a=1) | {"b": 2}).__name__)
q = Plain(a=1)
q |= {"c": 3}
print(q, type(q).__name__, q.copy(), type(q.copy()).__name__)
print(list(reversed(Plain(x=1, y=2))), {**Plain(k=5)}, dict(Plain(m=6)))
q.extra = "attr"
print(q.extra, q.__dict__, vars(q))


def kwargs(**kw):
    return kw


print(kwargs(**Plain(u=1, v=2)))
dict.__setitem__(q, "direct", 1)
print(dict.get(q, "direct"), dict.__getitem__(q, "a"), dict.__len__(q), dict.keys(q))


class Counting(dict):
    def get(self, k, default=None):
        return ("override", dict.get(self, k, default))

    def keys(self):
        return ["fake"]


c = Counting(a=1)
print(c.get("a"), c.keys(), list(c), dict(c))


class Base:
    def hello(self):
        return "hello from " + type(self).__name__


class Mixed(Base, dict):
    pass


m = Mixed(one=1)
print(m.hello(), m, Mixed.__mro__[1:] == (Base, dict, object))
try:
    class Bad(dict, list):
        pass
except TypeError as e:
    print("TypeError", e)
try:
    class Bad2(Exception, dict):
        pass
except TypeError as e:
    print("TypeError", e)
try:
    Plain(1, 2)
except TypeError as e:
    print("TypeError", e)
print(issubclass(Mixed, dict), isinstance(m, Base), isinstance(m, list))
match Plain(kind="circle", r=2):
    case {"kind": "circle", "r": r}:
        print("circle", r)
