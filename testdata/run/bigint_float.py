# ints of any size against floats: float(i) correctly rounded, int(f) exact, int / int
# correctly rounded, exact comparisons, and CPython's 64-bit hashes of ints and floats.
def shown(x):
    if isinstance(x, str) and len(x) > 60:
        return "str of length " + str(len(x))
    if isinstance(x, int) and (x > 10 ** 60 or x < -(10 ** 60)):
        return "int of " + str(len(hex(x))) + " hex digits ending " + hex(x)[-8:]
    return repr(x)

def show(label, x):
    try:
        print(label, shown(x), shown(conv(label, x)))
    except ValueError as e:
        print(label, shown(x), "ValueError", e)
    except TypeError as e:
        print(label, shown(x), "TypeError", e)
    except OverflowError as e:
        print(label, shown(x), "OverflowError", e)
    except ZeroDivisionError as e:
        print(label, shown(x), "ZeroDivisionError", e)

def conv(label, x):
    if label == "float":
        return float(x)
    if label == "int":
        return int(x)
    if label == "hash":
        return hash(x)
    if label == "truediv":
        return x[0] / x[1]
    if label == "cmp":
        a = x[0]
        b = x[1]
        return (a < b, a <= b, a == b, a != b, a > b, a >= b)
    return None

for x in [0, 1, -1, 2 ** 53, 2 ** 53 + 1, 2 ** 54 + 3, 2 ** 63 - 1, 2 ** 64 + 2 ** 11, 2 ** 64 + 2 ** 11 + 1,
          2 ** 1023 * 2 - 2 ** 970, 2 ** 1024 - 2 ** 970, 2 ** 1024 - 2 ** 971, 2 ** 1024, -(2 ** 1024), 10 ** 308,
          3 ** 500, -(7 ** 300), True]:
    show("float", x)
for f in [0.0, -0.5, 1.9999, -1.9999, 1e15, 1e16, 1e19, -1e19, 2.0 ** 63, 2.0 ** 64, 1e100, -1.5e300,
          1.7976931348623157e308, float("inf"), float("-inf"), float("nan")]:
    show("int", f)
vals = [0, 1, -1, 2 ** 61 - 2, 2 ** 61 - 1, 2 ** 61, 2 ** 62, -(2 ** 62), 2 ** 63, 2 ** 64 - 1, 2 ** 100, -(2 ** 100),
        3 ** 200, -(3 ** 200), 10 ** 50 + 1, True, False, 0.5, -0.5, 1.5, 1e100, -1e100, 1e-100, 2.0 ** 70,
        float("inf"), float("-inf"), 123.456, -(2 ** 61 + 1)]
for v in vals:
    show("hash", v)
pairs = [(10 ** 30, 7), (-(10 ** 30), 7), (2 ** 200, 3 ** 100), (1, 3 ** 300), (3 ** 700, 1), (2 ** 1100, 3),
         (2 ** 2000, 2 ** 990), (2 ** 2000, 2 ** 900), (1, 2 ** 1100), (1, 2 ** 1074), (1, 2 ** 1075), (3, 2 ** 1076),
         (10 ** 20 + 1, 10 ** 20), (0, 2 ** 100), (2 ** 100, 0), (-(2 ** 53 + 1), 2), (2 ** 60 + 1, 2 ** 7),
         (123456789 * 10 ** 8 + 12345678, 10), (2 ** 1024 - 2 ** 970, 1), (2 ** 1024 - 2 ** 971, 1)]
for p in pairs:
    show("truediv", p)
cmps = [(2 ** 53 + 1, 2.0 ** 53), (2 ** 53 + 1, 2.0 ** 53 + 2), (10 ** 30, 1e30), (10 ** 22, 1e22), (2 ** 1024, float("inf")),
        (-(2 ** 1024), float("-inf")), (2 ** 1024, 1.7976931348623157e308), (2 ** 70, float("nan")), (-(2 ** 70), 0.0),
        (2 ** 70, -1.0), (-(2 ** 70), -1.1805916207174113e21), (2 ** 70 + 1, 1.1805916207174113e21), (3, 3.0000000000000004),
        (2 ** 100, 2 ** 100 + 1), (-(2 ** 100), -(2 ** 100) + 1), (2 ** 100, -(2 ** 100)), (0, -(2 ** 100)), (True, 2 ** 70),
        (1.5, 2 ** 70), (float("inf"), 2 ** 5000), (2 ** 64, 18446744073709551616.5)]
for p in cmps:
    show("cmp", p)
