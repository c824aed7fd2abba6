def t(name):
    print("eval", name)
    return True

def f(name):
    print("eval", name)
    return False

print(f("a") and t("b"))
print(t("c") or f("d"))
print(t("e") and f("f") and t("g"))
print(f("h") or f("i") or t("j"))
print(not f("k") and t("l"))
print(0 or "default", "" or 0, None or [])
print(1 and 2, 0 and 2, [] and 5, "x" and "y")
print(0 or 0.0 or "", 5 or 6)
def v(x):
    print("value", x)
    return x

r = v(0) or v(None) or v(3) or v(4)
print("r =", r)
r = v(1) and v(2) and v(0) and v(9)
print("r =", r)
if v(0) and v(1):
    print("wrong")
else:
    print("right")
