# Sequence patterns: lists, tuples, ranges (never str, dict, set or iterators),
# fixed lengths, a starred name anywhere, starred wildcards, nesting.
from collections import deque


def shape(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return f"one: {a!r}"
        case [a, b]:
            return f"two: {a!r} {b!r}"
        case [first, *middle, last] if len(middle) > 2:
            return f"long: {first!r} ..{len(middle)}.. {last!r}"
        case [first, *rest]:
            return f"first {first!r} rest {rest!r}"
        case _:
            return f"not a sequence: {type(x).__name__}"


for v in [[], (), [1], (1,), [1, 2], (1, 2), range(2), [1, 2, 3], (1, 2, 3, 4, 5, 6),
          range(10), "ab", "", {"a": 1}, {1, 2}, iter([1, 2]), 5, None, deque([7, 8]),
          deque(), deque("xyz"), frozenset()]:
    print(shape(v))

# The starred name is always a list, wherever it is.
for pat_input in [(1, 2, 3, 4), [1, 2], range(5, 9), (9,)]:
    match pat_input:
        case [*init, last]:
            print("init", init, "last", last)
    match pat_input:
        case [a, *mid, z]:
            print("mid", mid, a, z)
        case _:
            print("too short for a, *mid, z:", pat_input)

# Starred wildcards index the items they need.
def ends(x):
    match x:
        case [*_]:
            pass
    match x:
        case [first, *_, last]:
            return first, last
        case [only, *_]:
            return (only,)
        case [*_]:
            return "empty"
    return "not a sequence"


print(ends([1, 2, 3, 4]), ends((5, 6)), ends([7]), ends([]), ends(range(3, 30, 3)), ends("abc"))

# Wildcards only: the length is all that is tested.
def arity(x):
    match x:
        case [_, _, _]:
            return 3
        case [_, _, *_]:
            return "2+"
        case [_]:
            return 1
        case [*_]:
            return "0"
    return None


print([arity(v) for v in [[1, 2, 3], (1, 2), [1, 2, 3, 4], [0], [], "xyz", 3]])

# Nested sequences and literals inside.
def command(c):
    match c:
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"going {direction}"
        case ["go", _]:
            return "go where?"
        case ["take", item, *more] if more:
            return f"take {item} and {more}"
        case ["take", item]:
            return f"take {item}"
        case [("quit" | "exit")]:
            return "bye"
        case [[x, y], [z, w]]:
            return f"matrix {x}{y}{z}{w}"
        case [(a, b), *pairs]:
            return f"pairs from {a}{b}, {len(pairs)} more"
        case _:
            return "unknown"


for c in [["go", "north"], ("go", "up"), ["take", "lamp"], ["take", "lamp", "key", "map"],
          ["quit"], ("exit",), [[1, 2], [3, 4]], [(1, 2), (3, 4), (5, 6)], ["dance"], "go"]:
    print(command(c))

# Lists and tuples match either form of pattern.
match (1, 2):
    case [1, 2]:
        print("tuple matched a list pattern")
match [1, 2]:
    case (1, 2):
        print("list matched a tuple pattern")

# A tuple of the subject's parts, as in many interpreters.
def evaluate(expr):
    match expr:
        case ("num", n):
            return n
        case ("add", l, r):
            return evaluate(l) + evaluate(r)
        case ("mul", l, r):
            return evaluate(l) * evaluate(r)
        case ("neg", e):
            return -evaluate(e)
        case (op, *args):
            raise ValueError(f"bad op {op} with {len(args)} args")


tree = ("add", ("num", 2), ("mul", ("num", 3), ("neg", ("num", 4))))
print(evaluate(tree))
try:
    evaluate(("pow", 1, 2))
except ValueError as e:
    print("ValueError:", e)

# collections.deque is a sequence too.
match deque([1, 2, 3]):
    case [1, *rest]:
        print("deque rest", rest)
match deque([1, 2, 3, 4]):
    case [a, *_, z]:
        print("deque ends", a, z)

# Long sequences and big unpackings.
big = list(range(100))
match big:
    case [0, 1, 2, *rest] if len(rest) == 97:
        print("rest starts", rest[:3], "ends", rest[-1])
match tuple(big):
    case (*most, 98, 99):
        print("most has", len(most))
