# Literal, value and OR patterns: == for numbers and strs, `is` for None/True/False.
import math


class Color:
    RED = 1
    GREEN = 2
    BLUE = "blue"


def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case -1:
            return "minus one"
        case -2.5:
            return "minus two and a half"
        case 0.5:
            return "a half"
        case 12345678901234567890123:
            return "huge"
        case -12345678901234567890123:
            return "huge negative"
        case "":
            return "empty str"
        case "hello" | "hi":
            return "greeting"
        case "caf\u00e9":
            return "coffee"
        case None:
            return "none"
        case True:
            return "true"
        case False:
            return "false"
        case math.pi:
            return "pi"
        case Color.BLUE:
            return "blue"
        case _:
            return "other"


values = [0, 1, 2, 3, 4, -1, -2.5, 0.5, 12345678901234567890123, -12345678901234567890123,
          "", "hello", "hi", "hey", "café", None, True, False, math.pi, 3.0, 0.0, "blue",
          [], (), 1.0, 2 ** 62, -(2 ** 62) - 1]
for v in values:
    print(repr(v), describe(v))

# True == 1, so `case 1` matches True; `case True` uses `is`, so 1 is not True.
def bool_or_int(x):
    match x:
        case True:
            return "is True"
        case 1:
            return "equals 1"
        case 0:
            return "equals 0"
    return "no case"

print(bool_or_int(True), bool_or_int(1), bool_or_int(1.0), bool_or_int(False), bool_or_int(0))

# Value patterns read the name each time (a dotted name is an attribute load).
def color(c):
    match c:
        case Color.RED:
            return "red"
        case Color.GREEN:
            return "green"
        case _:
            return "?"

print(color(1), color(2), color(3))
Color.RED = 3
print(color(1), color(3))

# No case matching does nothing; the subject is evaluated once.
calls = []


def subject():
    calls.append(1)
    return 42

match subject():
    case 1:
        print("one")
    case 2:
        print("two")
print("after", len(calls))

# A match on small ints in a loop, as a dispatcher.
counts = [0, 0, 0, 0]
for i in range(1000):
    match i % 7:
        case 0 | 1:
            counts[0] += 1
        case 2:
            counts[1] += 1
        case 3 | 4 | 5:
            counts[2] += 1
        case _:
            counts[3] += 1
print(counts)

words = "the cat sat on the mat with the hat".split()
kinds = {}
for w in words:
    match w:
        case "the" | "a" | "an":
            kind = "article"
        case "on" | "with":
            kind = "preposition"
        case "cat" | "mat" | "hat":
            kind = "noun"
        case other:
            kind = "verb?" + other
    kinds[kind] = kinds.get(kind, 0) + 1
print(kinds)

# Strings concatenated at compile time, and escapes.
match "ab\ncd":
    case "ab" "\ncd":
        print("concatenated literal")

# Comparison goes through __eq__ of the subject.
class AlwaysEqual:
    def __eq__(self, other):
        return True

match AlwaysEqual():
    case 7:
        print("AlwaysEqual == 7")

class NeverEqual:
    def __eq__(self, other):
        return False

match NeverEqual():
    case "x":
        print("no")
    case None:
        print("no")
    case _:
        print("NeverEqual fell through")

# NaN is never equal to itself.
nan = float("nan")
match nan:
    case math.nan:
        print("nan matched")
    case _:
        print("nan did not match")
match math.nan:
    case math.nan:
        print("math.nan matched itself")
    case _:
        print("math.nan is not equal to itself")
