# raise with builtin classes, instances, several args; raise from; assert.
def check(n):
    if n < 0:
        raise ValueError("negative", n)
    if n == 0:
        raise ZeroDivisionError
    return 10 / n

for n in [5, 0, -2]:
    try:
        print(check(n))
    except ValueError as e:
        print("ValueError", e, repr(e))
    except ZeroDivisionError as e:
        print("ZeroDivisionError", repr(e), str(e) == "")

try:
    try:
        int("x")
    except ValueError as e:
        raise RuntimeError("conversion failed") from e
except RuntimeError as e:
    print("chained:", e)

try:
    assert 1 + 1 == 3, "math is broken"
except AssertionError as e:
    print("assert:", e)

try:
    assert False
except AssertionError as e:
    print("bare assert:", repr(e))

try:
    raise
except RuntimeError as e:
    print("no active exception:", e)

print(issubclass(KeyError, LookupError), issubclass(ValueError, KeyError))
print(isinstance(3, int), isinstance(True, int), isinstance("s", (int, str)), isinstance(2.5, int))
print(type(3), type("s"), type([]) is list, type(None))
e = KeyError("key")
print(repr(e), e)
raise KeyError("final")
