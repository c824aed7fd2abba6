# printf-style % formatting and str.format: specs, keys, indexes, attributes, errors.
name, n, x = "Ada", 42, 3.14159
print("%s is %d years" % (name, n), "%5.2f|%-6s|%06d|%x|%#o|%+d|% d" % (x, "ab", n, 255, 8, 5, 7))
print("%r %c %c %%" % ("q", 65, "z"), "%.3s" % "abcdef", "%*d" % (5, 3), "%-*d|" % (4, 1))
print("%(a)s-%(b)03d" % {"a": "k", "b": 7}, "%e %g %G" % (12345.678, 0.00001234, 1e20))
print("{} and {}".format("x", 3), "{1}{0}{1}".format("a", "b"), "{name}!".format(name="hi"))
print("{:>6}|{:<4}|{:^7}|{:08.3f}|{:,}|{:x}".format("r", "l", "c", x, 1234567, 255))
print("{0[1]} {0[0]} {p.real}".format([5, 6], p=2.5), "{!r:>6}".format("s"), "{:{w}.{p}f}".format(x, w=9, p=2))
print("{{literal}} {}".format(1), "%s" % [1, 2], "%s" % ((1, 2),))
for bad in ["%d" % 1 if False else "%d", "%z", "{0}{}"]:
    try:
        if bad == "%d":
            print(bad % "x")
        elif bad == "%z":
            print(bad % 1)
        else:
            print(bad.format(1, 2))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    print("%s %s" % ("only",))
except TypeError as e:
    print(e)
try:
    print("%s" % ("a", "b"))
except TypeError as e:
    print(e)
