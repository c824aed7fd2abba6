# The order in which a match asks questions of its subject, made visible with
# side effects: __eq__, __len__, __getitem__, __iter__, get, properties, guards.
from collections import OrderedDict, deque

log = []


class Loud:
    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        log.append(f"{self.name} == {other!r}")
        return other == self.name

    def __repr__(self):
        return f"Loud({self.name})"


class Seq(deque):
    """A sequence: a deque that logs what is asked of it."""

    def __len__(self):
        log.append("len")
        return super().__len__()

    def __getitem__(self, i):
        log.append(f"getitem {i}")
        return super().__getitem__(i)

    def __iter__(self):
        log.append("iter")
        return super().__iter__()


class Map(OrderedDict):
    """A mapping (a dict subclass in CPython) that logs what is asked of it."""

    def __len__(self):
        log.append("len")
        return super().__len__()

    def get(self, key, default=None):
        log.append(f"get {key}")
        return super().get(key, default)

    def keys(self):
        log.append("keys")
        return super().keys()

    def __getitem__(self, key):
        log.append(f"getitem {key}")
        return super().__getitem__(key)


class NotASeq:
    """`__abc_tpflags__` means something only to collections.abc's metaclass."""
    __abc_tpflags__ = 1 << 5

    def __len__(self):
        return 0


class Obj:
    __match_args__ = ("a", "b")

    @property
    def a(self):
        log.append("a")
        return 1

    @property
    def b(self):
        log.append("b")
        return 2

    @property
    def c(self):
        log.append("c")
        return 3


def show(label):
    print(label, log)
    log.clear()


def guard(v, result):
    log.append(f"guard {v}")
    return result


match Loud("x"):
    case "a" | "b":
        pass
    case "x" if guard("x", True):
        pass
show("values:")

match Seq([1, 2, 3]):
    case [1, 5, _]:
        pass
    case [a, *rest]:
        pass
show("unpacking:")

match Seq([1, 2, 3, 4]):
    case [0, *_]:
        pass
    case [1, *_, 3]:
        pass
    case [1, *_, z]:
        pass
show("indexing:")

match Seq([1, 2]):
    case [_, _]:
        pass
show("wildcards only:")

match Map([("k", 1), ("j", 2)]):
    case {"k": 2}:
        pass
    case {"k": 1, "z": _}:
        pass
    case {"j": j, **rest}:
        pass
show("mapping:")

match Map([("k", 1)]):
    case {}:
        pass
show("empty mapping pattern:")

match NotASeq():
    case []:
        print("no")
    case {}:
        print("no")
    case _:
        print("NotASeq is neither a sequence nor a mapping")

match Obj():
    case Obj(1, 3):
        pass
    case Obj(b=2, c=_):
        pass
show("class:")

match Obj():
    case Obj(_, c=4):
        pass
    case Obj(x, y) if guard((x, y), False):
        pass
    case Obj():
        pass
show("class with guard:")

# Sub-patterns are tried left to right and stop at the first failure.
match [Loud("p"), Loud("q")]:
    case ["z", "q"]:
        pass
    case ["p", "z"]:
        pass
    case ["p", "q"]:
        pass
show("items:")

# The subject expression runs once; the value patterns once per try.
class Names:
    calls = 0

    @property
    def target(self):
        Names.calls += 1
        return 3


names = Names()
for v in [1, 2, 3]:
    match v:
        case names.target:
            print("hit", v)
print("target read", Names.calls, "times")
