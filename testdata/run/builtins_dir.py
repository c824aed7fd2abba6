# dir(): instances, classes and the MRO, built-in types as CPython 3.11 lists
# them, modules, __dir__, and dir() at module level and in a class body.
import mod_introspect


class Point:
    """A point."""

    dims = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm(self):
        return abs(self.x) + abs(self.y)


class Point3(Point):
    dims = 3

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


class Mixin:
    def hello(self):
        return "hi"


class Fancy(Mixin, Point3):
    pass


print(dir(Point(1, 2)))
print(dir(Point3(1, 2, 3)))
print(dir(Fancy))
p = Point(0, 0)
p.extra = 1
print([n for n in dir(p) if not n.startswith("__")])
print(dir(Point) == sorted(dir(Point)), "x" in dir(Point), "x" in dir(p))
print(dir(object()))
print(dir(object) == dir(object()))


class Err(KeyError):
    code = 3


print(dir(Err("k")))
print(dir(ValueError("v")))
print(dir(OSError()))
print(dir(StopIteration()))

for value in [[], (), {}, set(), frozenset(), "", 1, True, 1.5, None, b"", bytearray(), range(3)]:
    print(type(value).__name__, dir(value))
print(dir(int) == dir(7), dir(str) == dir("x"), dir(list) == dir([1]))
print(len(dir(len)), len(dir(lambda: 0)), "__call__" in dir(len))


class Custom:
    def __dir__(self):
        return ["zeta", "alpha", "mid"]


print(dir(Custom()))
print([n for n in dir(mod_introspect) if not n.startswith("_")])
print([n for n in dir(mod_introspect) if n.startswith("__")])


class Body:
    a = 1
    b = 2
    names = dir()


print(Body.names)
top = 1
print(dir())
try:
    dir(1, 2)
except TypeError as e:
    print("TypeError:", e)
