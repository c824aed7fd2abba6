# When and where a match binds names: only after the whole pattern matched (a
# failed pattern binds nothing, a failed guard keeps the bindings), in the scope
# the match runs in (module, function, closure, class body, generator).

# A pattern that fails halfway binds nothing.
match [1, 2]:
    case [a, 3]:
        pass
    case _:
        pass
try:
    print(a)
except NameError as e:
    print("NameError:", e)

# A failed guard leaves the captures bound.
match (5, 6):
    case (x, y) if x > y:
        print("no")
    case _:
        pass
print("after failed guard", x, y)

# The last matching case's captures win; earlier failed guards' stay until rebound.
def classify(v):
    match v:
        case [p, q] if p == q:
            result = "same"
        case [p, *others] if others and p in others:
            result = "repeats"
        case [p, q]:
            result = "pair"
        case _:
            result = "other"
    # Names bound by a case that did not run are unbound locals here.
    try:
        return result, p, q
    except UnboundLocalError as e:
        return result, "UnboundLocalError: " + str(e)


print(classify([1, 1]))
print(classify([1, 2]))
print(classify([1, 2, 1]))
print(classify([7, 8, 9]))
print(classify("x"))

# A capture in a function makes a local, even when that case never runs.
g = "global"


def shadow(v):
    match v:
        case 0:
            pass
        case g:
            pass
    return g


print(shadow(1))
try:
    shadow(0)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)

# ... unless declared global or nonlocal.
def set_global(v):
    global g
    match v:
        case [g]:
            pass


set_global(["changed"])
print(g)


def counter():
    total = 0

    def add(item):
        nonlocal total
        match item:
            case int(total):
                pass
            case _:
                total = -1
        return total

    return add


add = counter()
print(add(5), add("x"), add(7))

# Captured names are visible to closures made in the case body.
def makers(specs):
    out = []
    for spec in specs:
        match spec:
            case ("mul", k):
                out.append(lambda v: v * k)
            case ("add", k):
                def f(v):
                    return v + k
                out.append(f)
    return out


print([m(10) for m in makers([("mul", 3), ("add", 4)])])

# Late binding: a closure sees the variable, not the value at capture time.
def late():
    fs = []
    for item in [1, 2, 3]:
        match item:
            case n:
                fs.append(lambda: n)
    return [f() for f in fs]


print(late())

# In a class body the captures are class attributes.
class Config:
    match {"name": "demo", "level": 3}:
        case {"name": name, "level": int(level)}:
            verbose = level > 2

print(Config.name, Config.level, Config.verbose)

# In a generator.
def tokens(items):
    for item in items:
        match item:
            case int(n) | float(n):
                yield ("number", n)
            case str(s) if s.isdigit():
                yield ("digits", s)
            case str(s):
                yield ("word", s)
            case [*inner]:
                yield from tokens(inner)


print(list(tokens([1, "22", "ab", [2.5, ["c"]], 3])))

# AS patterns bind the whole and the parts; OR patterns bind one alternative's.
match [1, (2, 3)]:
    case [first, (_, last) as pair] as whole:
        print(first, last, pair, whole)
for v in [(1, "a"), ("b", 2), (3, 4)]:
    match v:
        case (int(n), str(s)) | (str(s), int(n)):
            print("int", n, "str", s)
        case (m, k):
            print("two", m, k)

# break, continue and return from case bodies.
found = None
for item in [3, "x", None, 4, [5]]:
    match item:
        case None:
            continue
        case [n]:
            found = n
            break
        case _:
            print("saw", item)
print("found", found)


def first_str(xs):
    for x in xs:
        match x:
            case str():
                return x
    return None


print(first_str([1, 2, "three", "four"]), first_str([]))

# A match inside try/finally and with exceptions in a case body.
def risky(v):
    try:
        match v:
            case 0:
                return 1 // v
            case n:
                return 10 // n
    except ZeroDivisionError:
        return "division by zero"
    finally:
        print("finally for", v)


print(risky(0), risky(5))

# Nested matches.
def nested(v):
    match v:
        case [a, b]:
            match a:
                case int():
                    return f"int first {a} then {b}"
                case _:
                    match b:
                        case str() as s:
                            return f"str second {s}"
    return "neither"


print(nested([1, 2]), nested(["x", "y"]), nested(["x", 2]), nested(3))

# The subject is evaluated once, before any case, even if a case rebinds its name.
v = [1, 2]
match v:
    case [v, 3]:
        pass
    case [1, w]:
        print("still the old subject", v, w)

# Walrus in a guard binds in the enclosing scope.
match 10:
    case n if (half := n // 2) > 3:
        print("half", half)
print("half after", half)
