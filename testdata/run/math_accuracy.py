# Transcendental functions agree with CPython's (the C library's) over a spread of
# magnitudes. Results print with 15 significant digits: pyaot's exp, log, sin, cos,
# tan, atan, asin and pow are correctly rounded but for rare near-halfway cases, and
# glibc's are within half an ulp plus a hair, so the two can differ in the 17th digit
# about once in a thousand results (pyaot's then being the closer to the exact value).
# math_module.py checks exact reprs of fixed values.
import math


def show(v):
    return "%.15g" % v


def lcg(s):
    return (s * 6364136223846793005 + 1442695040888963407) % 18446744073709551616


s = 2024
xs = []
for i in range(150):
    s = lcg(s)
    u = (s >> 11) / 9007199254740992.0
    s = lcg(s)
    scale = [1e-9, 0.01, 1.0, 10.0, 300.0][(s >> 40) % 5]
    xs.append((u * 2 - 1) * scale)

functions = [
    ("sin", math.sin), ("cos", math.cos), ("tan", math.tan), ("atan", math.atan),
    ("exp", math.exp), ("expm1", math.expm1), ("exp2", math.exp2),
    ("sinh", math.sinh), ("cosh", math.cosh), ("tanh", math.tanh), ("asinh", math.asinh),
]
for name, f in functions:
    out = []
    for x in xs:
        try:
            out.append(show(f(x)))
        except OverflowError:
            out.append("overflow")
    print(name, " ".join(out))

positive = [abs(x) + 1e-300 for x in xs]
for name, f in [("log", math.log), ("log2", math.log2), ("log10", math.log10), ("sqrt", math.sqrt)]:
    print(name, " ".join([show(f(x)) for x in positive]))
print("acosh", " ".join([show(math.acosh(1.0 + x)) for x in positive]))
unit = [x / 301.0 for x in xs]
for name, f in [("asin", math.asin), ("acos", math.acos), ("atanh", math.atanh), ("log1p", math.log1p)]:
    print(name, " ".join([show(f(x)) for x in unit]))
print("atan2", " ".join([show(math.atan2(xs[i], xs[i - 1])) for i in range(len(xs))]))
print("hypot", " ".join([show(math.hypot(xs[i], xs[i - 1])) for i in range(len(xs))]))
print("pow", " ".join([show(math.pow(positive[i], unit[i - 1] * 50)) for i in range(len(xs))]))
