# Mapping patterns: required keys (extra keys are fine), values matched by
# sub-patterns, `**rest` with what is left, dicts and the collections mappings.
from collections import Counter, OrderedDict, defaultdict


def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k), **mods} if mods:
            return f"key {k} with {sorted(mods)}"
        case {"type": "key", "key": k}:
            return f"key {k!r}"
        case {"type": t, **rest}:
            return f"other event {t} {rest}"
        case {}:
            return "a mapping without a type"
        case _:
            return f"not a mapping: {event!r}"


events = [
    {"type": "click", "pos": (1, 2)},
    {"type": "click", "pos": (1, 2, 3)},
    {"pos": (1, 2), "type": "click", "extra": True},
    {"type": "key", "key": "a"},
    {"type": "key", "key": "b", "shift": True, "ctrl": False},
    {"type": "key", "key": 13},
    {"type": "scroll", "dy": -3},
    {},
    {"x": 1},
    [("type", "click")],
    "type",
    None,
]
for e in events:
    print(handle(e))

# Keys of any hashable kind; value patterns as keys.
class K:
    NAME = "name"
    ID = 7


def keys(d):
    match d:
        case {K.ID: v, K.NAME: n}:
            return f"id {v} name {n}"
        case {1: one, 2.5: x, None: y}:
            return f"numbers {one} {x} {y}"
        case {-1: neg}:
            return f"negative key {neg}"
    return "none"


print(keys({7: "seven", "name": "n"}))
print(keys({True: "a", 2.5: "b", None: "c"}))  # True == 1
print(keys({-1: "m"}))
print(keys({7: "seven"}))

# **rest is a new dict of the other items, in the subject's order.
d = {"a": 1, "b": 2, "c": 3, "d": 4}
match d:
    case {"c": c, "a": a, **rest}:
        print(a, c, rest, rest is d)
match d:
    case {**everything}:
        print(everything, everything == d, everything is d)
match {}:
    case {**nothing}:
        print("empty rest", nothing)

# A missing key fails the pattern; so does a too-short mapping.
match {"a": 1}:
    case {"a": 1, "b": 2}:
        print("no")
    case {"a": 2}:
        print("no")
    case {"a": 1 | 2 as v}:
        print("a is", v)

# collections' mappings match as dict subclasses do in CPython: through `get`,
# so a Counter's missing keys (which read as 0) and a defaultdict's (which
# would be created) are missing here.
c = Counter("hello")
match c:
    case {"l": 2, "h": h, **rest}:
        print("counter", h, sorted(rest.items()))
match c:
    case {"z": 0}:
        print("no: z is missing from the Counter")
    case {"z": _} | {"q": _}:
        print("no")
    case _:
        print("z is missing, count", c["z"])

dd = defaultdict(list)
dd["a"].append(1)
match dd:
    case {"missing": v}:
        print("no", v)
    case {"a": [x]}:
        print("defaultdict a", x, "keys", sorted(dd))
print("still", len(dd), "keys")

od = OrderedDict([("x", 1), ("y", 2)])
match od:
    case {"y": y, **others}:
        print("ordered", y, others)

# Lists, strs and objects are not mappings.
class NotAMapping:
    def get(self, key, default=None):
        return 1

for x in [[], "abc", NotAMapping(), 3]:
    match x:
        case {}:
            print("no")
        case _:
            print(type(x).__name__, "is not a mapping")

# Keys that repeat at run time are a ValueError; unhashable keys a TypeError.
class Same:
    A = "k"
    B = "k"
    L = [1]

try:
    match {"k": 1, "j": 2}:
        case {Same.A: 1, Same.B: 1}:
            print("no")
except ValueError as e:
    print("ValueError:", e)
try:
    match {"k": 1}:
        case {Same.L: 1}:
            print("no")
except TypeError as e:
    print("TypeError:", e)

# Nested mappings and sequences, as in JSON-like data.
config = {"servers": [{"host": "a", "port": 80}, {"host": "b", "port": 8080, "tls": True}],
          "debug": False}
match config:
    case {"servers": [{"host": h1}, {"host": h2, "tls": True, **extra}], "debug": False}:
        print("hosts", h1, h2, extra)
