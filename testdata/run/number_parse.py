# float(str) and int(str[, base]) as CPython parses them: whitespace, underscores,
# signs, prefixes, inf/nan spellings, long inputs and the 4300-digit limit.
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
    if label == "int16":
        return int(x, 16)
    if label == "int0":
        return int(x, 0)
    if label == "int36":
        return int(x, 36)
    if label == "int2":
        return int(x, 2)
    return None

for s in ["1.5", "  -2.25e3  ", "1_000.5", "1e500", "-1e500", "1e-400", "inf", "-Infinity", "nAn", "+nan", "-nan",
          "1.", ".5", "+.5", "1e", ".", "e5", "1__0", "_1", "1_", "0x10", "1e+5", "1E-5", "\t3.0\n", "", " ",
          "1" * 400 + ".5", "0." + "0" * 400 + "1", "4.9e-324", "2.4703282292062328e-324", "1.7976931348623157e308",
          "1.7976931348623158e308", "1.7976931348623159e308", "0.1e-1_0", "1_2.3_4e1_0", "in f", "nan(1)", "12abc"]:
    show("float", s)
for s in ["0", "-0", "+17", "  42  ", "1_000_000", "123456789012345678901234567890", "-" + "9" * 100,
          "1" * 4300, "1" * 4301, "0" * 4301, "1_" * 2150 + "1", "1__0", "_1", "1_", "", "-", "12a", "1.0", "0x10"]:
    show("int", s)
for s in ["ff", "-FF", "0xff", "0x_ff", "0X" + "f" * 40, "f" * 5000, "g", "0b11"]:
    show("int16", s)
for s in ["0x1F", "0o17", "0b101", "017", "0", "00", "0_0", "1_000", "0x", "0b2", "9" * 30, "-0o777"]:
    show("int0", s)
for s in ["zz", "Zz_z", "-helloworld", "1" * 5000]:
    show("int36", s)
for s in ["1" * 5000, "102"]:
    show("int2", s)
for s in ["\u0661\u0662\u0663", "\uff11\uff12_\uff13", "-\u0967\u0968", "12\u00e9", "\U0001d7ce\U0001d7d9"]:
    show("int", s)
for s in ["\u0661\u0662\u0663.\u0665", "\uff11e\uff13", "1.5\u00e9"]:
    show("float", s)
print(int("\u2003 7 \u3000"), float("\u00a01.5\u2028"), int("\u0663\u0664\u0665\u0666\u0667\u0668\u0669\u0660" * 5))
