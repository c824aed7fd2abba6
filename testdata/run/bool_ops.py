t = True
f = False
print(t, f, not t, not f)
print(t + t, t * 10, f - 1, t / 2)
print(t == 1, f == 0, t is True, f is not True)
print(bool(0), bool(1), bool(-1), bool(0.0), bool(0.1))
print(bool(""), bool("a"), bool([]), bool([0]), bool(()), bool({}), bool({"a": 1}))
print(bool(None), bool(True), str(True), repr(False))
print(t and f, t or f, f or t, f and t)
print(1 < 2, 2 < 1, 1 != 1, "a" == "a")
print(int(t), float(f), max(True, 0))
