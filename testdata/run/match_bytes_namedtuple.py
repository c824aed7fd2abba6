# match on bytes, bytearray and namedtuple subjects.
def f(x):
    match x:
        case b"abc":
            return "bytes literal"
        case bytes(v) if len(v) > 3:
            return "long bytes " + repr(v)
        case bytearray(v):
            return "bytearray " + repr(v)
        case [1, *rest]:
            return "list " + repr(rest)
        case {"k": v, **rest}:
            return "map " + repr(v) + repr(rest)
        case _:
            return "other"
for x in [b"abc", b"abcdef", bytearray(b"xy"), [1, 2, 3], {"k": 1, "j": 2}, 5]:
    print(f(x))
from collections import namedtuple
P = namedtuple("P", "x y")
match P(1, 2):
    case P(x=1, y=yy):
        print("point", yy)
