# __new__: makes the instance; __init__ runs only on an instance of the class.


class Single:
    _inst = None

    def __new__(cls, *args):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst

    def __init__(self, x):
        self.x = x


a = Single(1)
b = Single(2)
print(a is b, a.x, type(a).__name__, type(Single.__dict__["__new__"]).__name__)


class Tagged:
    def __new__(cls, tag):
        self = object.__new__(cls)
        self.tag = tag
        print("new", cls.__name__, tag)
        return self


t = Tagged("x")
print(t.tag, isinstance(t, Tagged))


class Sub(Tagged):
    def __init__(self, tag):
        print("init", tag)


s = Sub("y")
print(s.tag, type(s).__name__)


class Other:
    def __new__(cls):
        return 42

    def __init__(self):
        print("never")


print(Other())


class Factory:
    def __new__(cls, kind):
        if kind == "sub":
            return object.__new__(FactorySub)
        return object.__new__(cls)

    def __init__(self, kind):
        print("Factory init", kind, type(self).__name__)


class FactorySub(Factory):
    pass


print(type(Factory("plain")).__name__, type(Factory("sub")).__name__)


class Bare:
    pass


try:
    Bare(1)
except TypeError as e:
    print("TypeError", e)


class NewOnly:
    def __new__(cls, x):
        inst = super().__new__(cls)
        inst.x = x
        return inst


print(NewOnly(5).x)


class BadSuper:
    def __new__(cls, x):
        return super().__new__(cls, x)


try:
    BadSuper(1)
except TypeError as e:
    print("TypeError", e)


class Err(Exception):
    def __new__(cls, *args):
        e = super().__new__(cls, *args)
        e.extra = len(args)
        return e


err = Err("a", "b")
print(err.args, err.extra, repr(err))


class Upper(dict):
    def __new__(cls, *args, **kw):
        d = super().__new__(cls)
        d["made"] = True
        return d


u = Upper(k=1)
print(u, type(u).__name__)


class Counted:
    count = 0

    def __new__(cls, *a, **k):
        cls.count += 1
        return super().__new__(cls)

    def __init__(self, value=None):
        self.value = value


Counted()
Counted(value=3)
print(Counted.count, Counted.__new__(Counted).value if hasattr(Counted.__new__(Counted), "value") else "no value")
try:
    object.__new__(int)
except TypeError as e:
    print("TypeError", e)
