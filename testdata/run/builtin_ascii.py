# ascii(): repr with non-ASCII characters escaped as \x, \u, \U; the !a
# conversion and %a formatting.


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


print(ascii("plain"), ascii("λ"), ascii("é\x7f\x80"), ascii("😀"), ascii("\n\t'\""))
print(ascii(1), ascii(2.5), ascii(None), ascii([1, "ü", ("ß",)]), ascii({"ключ": "€"}))
print(ascii(b"\xff"), ascii("a\u2028b"), ascii("\U0010ffff"), len(ascii("λλ")))


class P:
    def __repr__(self):
        return "P(ñ)"


print(ascii(P()), f"{'λ'!a}", f"{P()!a:>12}", "{!a}".format("ō"), "%a" % "ÿ")
print(b"%a" % "ā", ascii(ascii("λ")))
show("ascii()", lambda: ascii())
show("ascii(1, 2)", lambda: ascii(1, 2))
f = ascii
print(f("Ж"), list(map(ascii, ["a", "ä"])))
