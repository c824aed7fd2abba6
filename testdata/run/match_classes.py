# Class patterns: isinstance, positional sub-patterns through __match_args__,
# keyword sub-patterns as attributes, the built-in types that match themselves.


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Point3(Point):
    __match_args__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


class Circle:
    __match_args__ = ("center", "radius")

    def __init__(self, center, radius):
        self.center = center
        self.radius = radius


class Plain:
    def __init__(self, **kw):
        for k in kw:
            setattr(self, k, kw[k])


def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point3(x, y, z=0):
            return f"flat 3d point {x},{y}"
        case Point(x=0, y=y):
            return f"on the y axis at {y}"
        case Point(x, 0):
            return f"on the x axis at {x}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return f"somewhere ({type(p).__name__})"
        case Circle(Point(cx, cy), r) if r > 0:
            return f"circle at {cx},{cy} radius {r}"
        case Circle(radius=r):
            return f"degenerate circle {r}"
        case Plain(name=str() as n, size=int(s)):
            return f"plain {n} of size {s}"
        case Plain(name=n):
            return f"plain {n}"
        case Plain():
            return "plain without a name"
        case _:
            return f"not a shape: {p!r}"


for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2), Point3(1, 2, 0),
          Point3(0, 0, 1), Point3(4, 5, 6), Circle(Point(1, 1), 3), Circle(Point(1, 1), 0),
          Circle(None, 2), Plain(name="box", size=3), Plain(name="bag", size="big"),
          Plain(size=1), 42]:
    print(where(p))

# Built-in types match their one positional sub-pattern against the subject.
def kind(x):
    match x:
        case bool(b):
            return f"bool {b}"
        case int(0):
            return "int zero"
        case int(n) if n < 0:
            return f"negative int {n}"
        case int(n):
            return f"int {n}"
        case float(f):
            return f"float {f}"
        case str("") | str(""):
            return "empty str"
        case str(s):
            return f"str {s!r}"
        case list([a, *_]) :
            return f"list starting {a}"
        case list():
            return "empty list"
        case tuple((a, b)):
            return f"pair {a} {b}"
        case tuple(t):
            return f"tuple of {len(t)}"
        case dict({"k": v}):
            return f"dict with k={v}"
        case dict(d):
            return f"dict of {len(d)}"
        case set(s) | frozenset(s):
            return f"{type(s).__name__} of {len(s)}"
        case range(start=0, stop=stop):
            return f"range to {stop}"
        case object():
            return f"some object: {type(x).__name__}"


for x in [True, False, 0, -3, 7, 2 ** 100, 1.5, "", "hi", [1, 2], [], (1, 2), (1, 2, 3),
          {"k": 1}, {}, {1, 2}, frozenset([3]), range(4), range(1, 4), None]:
    print(kind(x))

# Attributes of built-in objects, and of exceptions.
match 7:
    case int(real=r, imag=i, denominator=d):
        print("int parts", r, i, d)
match 2.5:
    case float(real=r, imag=0.0):
        print("float real", r)
try:
    raise KeyError("missing", 3)
except Exception as e:
    match e:
        case ValueError():
            print("no")
        case LookupError(args=(what, n)):
            print("lookup error", what, n)

# A sub-class matches its base's pattern; __match_args__ is inherited.
class Named(Point):
    def __init__(self, x, y, name):
        super().__init__(x, y)
        self.name = name

match Named(5, 6, "p"):
    case Point(a, b, name=n):
        print("named point", a, b, n)

# A missing attribute makes the pattern fail (AttributeError is swallowed).
match Plain(a=1):
    case Plain(a=1, b=2):
        print("no")
    case Plain(a=x):
        print("only a", x)

# Properties and __getattr__ supply attributes too.
class Temp:
    __match_args__ = ("celsius",)

    def __init__(self, kelvin):
        self.kelvin = kelvin

    @property
    def celsius(self):
        return self.kelvin - 273

    def __getattr__(self, name):
        if name == "fahrenheit":
            return self.celsius * 9 // 5 + 32
        raise AttributeError(name)


match Temp(300):
    case Temp(c, fahrenheit=f, kelvin=k):
        print("temp", c, f, k)
match Temp(273):
    case Temp(rankine=r):
        print("no", r)
    case Temp(0 as c):
        print("freezing", c)

# Errors CPython raises at run time.
class BadArgs:
    __match_args__ = ["x"]
    x = 1


class BadName:
    __match_args__ = ("x", 2)
    x = 1


def attempt(f):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)


def too_many():
    match Point(1, 2):
        case Point(1, 2, 3):
            pass


def not_a_tuple():
    match BadArgs():
        case BadArgs(a):
            pass


def not_strings():
    match BadName():
        case BadName(1, b):
            pass


def not_a_class():
    match 1:
        case len():
            pass


def repeated():
    match Point(1, 2):
        case Point(x, y, x=1):
            pass


def builtin_two():
    match "s":
        case str(a, b):
            pass


def no_match_args():
    match Plain():
        case Plain(1):
            pass


for f in [too_many, not_a_tuple, not_strings, not_a_class, repeated, builtin_two, no_match_args]:
    attempt(f)

# The instance check comes first: the wrong class fails quietly even when its
# __match_args__ is broken.
match 5:
    case BadArgs(1):
        print("no")
    case _:
        print("5 is not a BadArgs")
# Only the sub-patterns given are checked against __match_args__.
match BadName():
    case BadName(1):
        print("first __match_args__ entry is fine")
