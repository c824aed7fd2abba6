# round() (half to even, ndigits of any sign), divmod(), pow() with 2 and 3 arguments,
# hex/oct/bin: ints of any size and floats, with CPython's errors.
def call(label, x, y):
    if label == "round":
        return rnd(x, y)
    if label == "divmod":
        return dm(x, y)
    if label == "pow":
        return p2(x, y)
    if label == "pow3":
        return p3(x, y)
    return conv(x, y)

def show(label, x, y):
    try:
        print(label, repr(x), repr(y), repr(call(label, x, y)))
    except ValueError as e:
        print(label, repr(x), repr(y), "ValueError", e)
    except TypeError as e:
        print(label, repr(x), repr(y), "TypeError", e)
    except OverflowError as e:
        print(label, repr(x), repr(y), "OverflowError", e)
    except ZeroDivisionError as e:
        print(label, repr(x), repr(y), "ZeroDivisionError", e)

def rnd(x, n):
    if n == "none":
        return round(x)
    return round(x, n)

floats = [0.0, -0.0, 0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 2.675, 1.005, 0.125, 0.375, 123.456, -123.456,
          1e300, -1e300, 1.7976931348623157e308, 5e-324, 1e-300, 0.1, 1e16 + 2, 4503599627370497.0,
          float("inf"), float("-inf"), float("nan"), 1234.5, 1235.5, 0.049999999999999996]
ndigits = ["none", 0, 1, 2, 3, 5, 10, 17, 20, 300, 323, 324, 400, -1, -2, -3, -5, -100, -307, -308, -309, None,
           10 ** 30, -(10 ** 30), 2.0, "x"]
for x in floats:
    for n in ndigits:
        show("round", x, n)
ints = [0, 1, -1, 5, 15, 25, -25, 35, 12345, -12350, 10 ** 20 + 5 * 10 ** 9, 2 ** 100, -(2 ** 100), True, False]
for x in ints:
    for n in ["none", 0, 2, -1, -2, -5, -10, -30, None, "x"]:
        show("round", x, n)
show("round", "a", "none")
show("round", None, 2)

def dm(a, b):
    return divmod(a, b)
nums = [0, 1, -1, 7, -7, 2 ** 70, -(2 ** 70), 3 ** 50 + 1, 7.5, -7.5, 0.0, -0.0, 2.5, float("inf"), True, 10 ** 400, "s"]
for a in nums:
    for b in nums:
        show("divmod", a, b)

def p2(a, b):
    return pow(a, b)
def p3(a, t):
    return pow(a, t[0], t[1])
bases = [0, 1, -1, 2, -2, 3, 10, 2 ** 65 + 3, -(3 ** 41), 1.5, -8.0, 0.0, True]
exps = [0, 1, 2, 3, 10, 64, 100, -1, -2, 0.5, -0.5, 2 ** 70, True]
def fractional_of_negative(a, b):
    return a < 0 and (b == 0.5 or b == -0.5)
for a in bases:
    for b in exps:
        if (a == 2 ** 65 + 3 or a == -(3 ** 41)) and b == 2 ** 70:
            continue
        if b == 2 ** 70 and (a == 2 or a == -2 or a == 3 or a == 10 or a == 1.5 or a == -8.0):
            continue
        if not fractional_of_negative(a, b):
            show("pow", a, b)
mods = [1, 2, 7, -7, 97, 10 ** 9 + 7, 2 ** 64 + 13, -(2 ** 80 + 1), 0, 1.5, "m"]
for a in [0, 2, -3, 10, 123456789 * 10 ** 11 + 123456789, -(2 ** 90), 2.0]:
    for e in [0, 1, 5, 1000, 2 ** 65, -1, -3]:
        for m in mods:
            show("pow3", a, (e, m))

def conv(name, x):
    if name == "hex":
        return hex(x)
    if name == "oct":
        return oct(x)
    return bin(x)
for x in [0, 1, -1, 255, -255, 2 ** 64, -(2 ** 64) + 1, 3 ** 80, True, 1.5, "a"]:
    for name in ["hex", "oct", "bin"]:
        show(name, name, x)
