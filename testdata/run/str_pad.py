# str's layout methods: center, ljust, rjust (fill characters, CPython's rounding
# of center), zfill (signs), expandtabs (columns, newlines, tabsize), with widths in
# code points, and CPython's error messages.


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


for t in ["", "a", "ab", "abc", "héllo", "日本"]:
    for w in [-1, 0, 1, 4, 5, 6, 7, 10]:
        print(repr(t), w, repr(t.center(w)), repr(t.ljust(w, "*")), repr(t.rjust(w, "é")), repr(t.center(w, "日")))
print("ab".center(5, "é"), "abc".center(6), "abc".center(7, "*"), "ab".center(7, "*"), "a".center(True), "a".ljust(False))

for t in ["", "1", "-1", "+1", "-", "+", "42", "-12", "+ab", "--5", "é", "-é", "3.14", " -1", "1-"]:
    print(repr(t), [t.zfill(w) for w in (-1, 0, 1, 2, 3, 5)])

for t in ["a\tb", "\t", "abc\tdef\tg", "a\tbc\tdef\n\tx\r\ty", "12345678\tx", "é\tü\t日本\tx", "no tabs", "\t\t"]:
    print(repr(t), [t.expandtabs(n) for n in (-1, 0, 1, 2, 3, 8)], repr(t.expandtabs()), repr(t.expandtabs(tabsize=4)))
print("a\tb".expandtabs(True), "a\tb".expandtabs(False))

show("center()", lambda: "a".center())
show("center('x')", lambda: "a".center("x"))
show("center(5, 'ab')", lambda: "a".center(5, "ab"))
show("center(5, '')", lambda: "a".center(5, ""))
show("center(5, 1)", lambda: "a".center(5, 1))
show("center(5, None)", lambda: "a".center(5, None))
show("center 3", lambda: "a".center(1, 2, 3))
show("center kw", lambda: "a".center(5, fillchar="x"))
show("center huge", lambda: "a".center(2 ** 70))
show("center -huge", lambda: "a".center(-2 ** 70))
show("ljust()", lambda: "a".ljust())
show("ljust(5, 'ab')", lambda: "a".ljust(5, "ab"))
show("ljust(1.5)", lambda: "a".ljust(1.5))
show("rjust(5, 'ab')", lambda: "a".rjust(5, "ab"))
show("rjust 3", lambda: "a".rjust(5, " ", 1))
show("zfill()", lambda: "a".zfill())
show("zfill('x')", lambda: "a".zfill("x"))
show("zfill(1.5)", lambda: "a".zfill(1.5))
show("zfill(None)", lambda: "a".zfill(None))
show("zfill huge", lambda: "a".zfill(2 ** 70))
show("zfill 2", lambda: "a".zfill(1, 2))
show("zfill kw", lambda: "a".zfill(width=3))
show("expandtabs('x')", lambda: "a".expandtabs("x"))
show("expandtabs(None)", lambda: "a".expandtabs(None))
show("expandtabs(x=1)", lambda: "a".expandtabs(x=1))
show("expandtabs 2", lambda: "a".expandtabs(1, 2))
show("expandtabs pos+kw", lambda: "a".expandtabs(1, tabsize=2))
show("expandtabs huge", lambda: "a".expandtabs(2 ** 40))
