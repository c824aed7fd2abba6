# Classes: __init__, methods, class attributes, properties with setters,
# static/class methods, inheritance with super() and C3 MRO, data-model methods,
# exception subclasses, iterators, context managers, attribute errors.
class Point:
    """A 2-D point."""
    count = 0

    def __init__(self, x, y=0):
        self.x = x
        self.y = y
        Point.count += 1

    def __repr__(self):
        return f"Point({self.x}, {self.y})"

    def __eq__(self, other):
        return isinstance(other, Point) and self.x == other.x and self.y == other.y

    def __lt__(self, other):
        return (self.x, self.y) < (other.x, other.y)

    def norm2(self):
        return self.x * self.x + self.y * self.y

    @staticmethod
    def origin():
        return Point(0, 0)

    @classmethod
    def from_pair(cls, pair):
        return cls(pair[0], pair[1])

    @property
    def swapped(self):
        return Point(self.y, self.x)

p = Point(3, 4)
print(p, p.norm2(), Point.count, p == Point(3, 4), p != Point(1, 2), p < Point(5, 0))
print(Point.origin(), Point.from_pair([7, 8]), p.swapped, str(p), repr(p))
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]) if False else "")

class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return self.name + " makes a sound"
    def describe(self):
        return "I am " + self.name + ": " + self.speak()

class Dog(Animal):
    def speak(self):
        return self.name + " barks"

class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return super().speak() + " softly"

for a in [Animal("cat"), Dog("rex"), Puppy("bit", 1)]:
    print(a.describe(), isinstance(a, Dog), type(a).__name__)
print(issubclass(Puppy, Animal), issubclass(Animal, Dog))

class A:
    def who(self): return "A"
class B(A):
    def who(self): return "B" + super().who()
class C(A):
    def who(self): return "C" + super().who()
class D(B, C):
    def who(self): return "D" + super().who()
print(D().who(), [k.__name__ for k in D.__mro__])

class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273:
            raise ValueError("too cold")
        self._c = v

t = Temp()
t.celsius = 25
print(t.celsius)
try:
    t.celsius = -300
except ValueError as e:
    print("error:", e)

class Stack:
    def __init__(self):
        self.items = []
    def __len__(self):
        return len(self.items)
    def __bool__(self):
        return len(self.items) > 0
    def __getitem__(self, i):
        return self.items[i]
    def __setitem__(self, i, v):
        self.items[i] = v
    def __contains__(self, x):
        return x in self.items
    def __iter__(self):
        return iter(self.items)
    def push(self, x):
        self.items.append(x)
        return self
    def __call__(self, n):
        return self.items[-n:]

s = Stack()
print(bool(s), len(s))
s.push(1).push(2).push(3)
s[0] = 10
print(bool(s), len(s), s[0], 2 in s, 5 in s, list(s), s(2), [x * 2 for x in s])

class MyError(ValueError):
    def __init__(self, code):
        super().__init__("bad code " + str(code))
        self.code = code

try:
    raise MyError(42)
except ValueError as e:
    print(type(e).__name__, e, e.code, e.args)

class Counter:
    def __init__(self, limit):
        self.n = 0
        self.limit = limit
    def __iter__(self):
        return self
    def __next__(self):
        if self.n >= self.limit:
            raise StopIteration
        self.n += 1
        return self.n
print(list(Counter(4)), sum(Counter(10)))

class Managed:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, t, v, tb):
        print("exit", self.name, t, v)
        return t is KeyError

with Managed("a") as m, Managed("b"):
    print("inside", m.name)
with Managed("c"):
    raise KeyError("swallowed")
try:
    with Managed("d"):
        raise ValueError("passes")
except ValueError as e:
    print("got", e)
def early():
    with Managed("e"):
        return "returned"
print(early())
class Empty:
    pass
e = Empty()
e.attr = 5
print(e.attr, hasattr(e, "attr") if False else "")
try:
    print(e.missing)
except AttributeError as err:
    print(err)
raise MyError(7)
