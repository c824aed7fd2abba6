# Guards: evaluated after the pattern matched and its names are bound, only then;
# a false guard moves on to the next case; irrefutable patterns may be guarded
# anywhere.
calls = []


def check(label, result):
    calls.append(label)
    return result


def grade(score):
    match score:
        case int(s) | float(s) if s < 0 or s > 100:
            return "invalid"
        case s if check("A", s >= 90):
            return "A"
        case s if check("B", s >= 80):
            return "B"
        case _ if check("C", score >= 70):
            return "C"
        case _:
            return "F"


for s in [95, 85, 75, 10, -1, 100.5, 90.0]:
    print(s, grade(s), calls)
    calls.clear()

# A guard is not evaluated when its pattern fails.
match [1, 2]:
    case [x] if check("never", True):
        pass
    case [x, y] if check("pair", x < y):
        print("ordered pair", x, y)
print(calls)
calls.clear()

# A guard's exception propagates out of the match.
def boom(v):
    match v:
        case n if 10 // n > 1:
            return "small"
        case _:
            return "large"


for v in [3, 50]:
    print(boom(v))
try:
    boom(0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)

# Guards see every capture and the enclosing scope; the walrus binds outside.
limit = 3
match {"items": [1, 2, 3, 4]}:
    case {"items": [*xs]} if (n := len(xs)) > limit:
        print("too many items:", n)
print(n)

# Recursion through a guard.
def is_even(k):
    match k:
        case 0:
            return True
        case k if k > 0 and not is_even(k - 1):
            return True
        case _:
            return False


print([is_even(k) for k in range(8)])

# A guarded capture may come before other cases.
def route(path):
    match path.split("/"):
        case ["", "users", uid] if uid.isdigit():
            return f"user #{uid}"
        case ["", "users", name]:
            return f"user named {name}"
        case ["", *parts] if parts and all(parts):
            return f"page {'/'.join(parts)}"
        case other:
            return f"bad path {other}"


for p in ["/users/42", "/users/bob", "/a/b/c", "/a//c", "x"]:
    print(route(p))

# Guards with and/or/not build no bools but behave the same.
for v in [(1, 2), (2, 1), (0, 0), (5, "a")]:
    match v:
        case (a, b) if isinstance(b, int) and (a < b or not a):
            print(v, "first branch")
        case (a, b) if not isinstance(b, int):
            print(v, "not ints")
        case _:
            print(v, "default")
