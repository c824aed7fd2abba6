# dataclasses: generated __init__/__repr__/__eq__/ordering/__hash__, frozen classes,
# field(), inheritance, asdict/astuple/replace, __match_args__, CPython's errors.
from dataclasses import dataclass, field, fields, asdict, astuple, replace, FrozenInstanceError, is_dataclass
from typing import List, ClassVar

@dataclass
class Point:
    x: int
    y: int = 0
    tags: List[str] = field(default_factory=list)
    count: ClassVar[int] = 0

p = Point(1, 2)
print(p, p == Point(1, 2), p != Point(2, 1), Point.__match_args__, [f.name for f in fields(p)])
print(asdict(p), astuple(p), replace(p, y=5), is_dataclass(p), is_dataclass(Point), is_dataclass(1))
for bad in [lambda: Point(), lambda: Point(1, 2, [], 4), lambda: Point(1, z=2), lambda: Point(1, x=2)]:
    try:
        bad()
    except TypeError as e:
        print(e)
try:
    hash(p)
except TypeError as e:
    print(e)

@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0
    def bump(self):
        return replace(self, minor=self.minor + 1)

v = Version(1, 2)
print(v, v < Version(1, 3), sorted([Version(2), Version(1, 5), Version(1)]), hash(v) == hash(Version(1, 2)), v.bump())
try:
    v.major = 3
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)

@dataclass
class Line:
    start: Point
    end: Point
    def __post_init__(self):
        self.length = abs(self.end.x - self.start.x)

ln = Line(Point(0), Point(3, 4))
print(ln, ln.length, asdict(ln))

@dataclass(eq=False)
class Node:
    name: str
    children: list = field(default_factory=list, repr=False)

n = Node("root")
print(n, n == Node("root"), hash(n) != 0)

@dataclass
class Base:
    a: int
    b: str = "b"

@dataclass
class Derived(Base):
    c: float = 1.5

print(Derived(1), Derived(2, "x", 3.0), [f.name for f in fields(Derived)])
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print(e)
try:
    @dataclass
    class Bad2:
        a: list = []
except ValueError as e:
    print(e)
match Point(3, 4):
    case Point(x, y):
        print("matched", x, y)
