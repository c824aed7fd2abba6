# str's splitting, joining and stripping: split, rsplit (by a separator and by
# whitespace, maxsplit, keyword arguments), splitlines (every line boundary CPython
# knows, keepends), join, strip/lstrip/rstrip, and CPython's error messages.


def esc(r):
    # repr() with every non-ASCII character escaped: pyaot's repr does not yet know
    # all of Unicode's non-printable characters (U+3000 is escaped by CPython).
    return "".join(c if ord(c) < 128 else "\\u%04x" % ord(c) for c in r)


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


texts = ["a,b,,c", ",a,", "", ",", "abc", "a, b, c", "é,ü,,ö", "日本,語", "a::b::c::", "::"]
for t in texts:
    for sep in [",", "::", ", ", "ü", "語"]:
        print(repr(t), repr(sep), [t.split(sep, n) for n in (-1, 0, 1, 2)], [t.rsplit(sep, n) for n in (-1, 0, 1, 2)])

# Whitespace: runs of it, leading and trailing ignored; the rest after maxsplit
# keeps its trailing (split) or leading (rsplit) whitespace.
ws = ["  a  b  c  ", "a b c", "", "   ", "\ta\nb\x0bc\x0cd\re\x1cf\x1dg\x1eh\x1fi j",
      "x\u00a0y\u2003z\u3000w\u2028v\x85u", "  é  ü  ", "\u200bnot\u200bspace", "日本 語\u3000の"]
for t in ws:
    print(esc(repr([t, t.split(), t.rsplit(), [t.split(None, n) for n in (0, 1, 2)], [t.rsplit(None, n) for n in (0, 1, 2)]])))

# Keyword arguments.
s = "a,b,c,d"
print(s.split(sep=","), s.split(",", maxsplit=2), s.split(maxsplit=1, sep=","), s.rsplit(sep=",", maxsplit=1))
print("a b  c".split(maxsplit=1), "a b  c".rsplit(maxsplit=1), "a b c".split(sep=None), s.split(",", True))

# splitlines: \n \r \r\n \v \f \x1c \x1d \x1e \x85 \u2028 \u2029, not \x1f.
lines = "a\r\nb\rc\nd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l\x1fm"
print(lines.splitlines())
print(lines.splitlines(True))
print(lines.splitlines(keepends=True))
for t in ["", "\n", "\n\n", "a\n", "a\r", "\r\n\r\n", "a\n\nb", "no breaks", "\r\r\n", "é\u2028ü"]:
    print(repr(t), t.splitlines(), t.splitlines(keepends=True), t.splitlines(False), t.splitlines(0), t.splitlines(2))

# join: any iterable of strs; one item comes back as it is.
print("-".join(["a", "b", "c"]), "-".join(("x",)), "-".join([]), ", ".join("abc"), "".join(["é", "ü"]))
print(",".join({"a": 1, "b": 2}), " ".join(w.upper() for w in ["x", "y"]), "日".join(["1", "2"]))
print("|".join(["", "", ""]), repr("".join([])), "ab".join(["1", "2", "3"]))

# strip and friends.
for t in ["  hi  ", "\t\n hi \x0b\x0c\r", "xxhixx", "", "   ", "\u00a0\u3000hi\u2028\x85", "ééhiéé", "abcba", "\x1chi\x1f"]:
    print(esc(repr([t, [t.strip(), t.lstrip(), t.rstrip()],
                    [t.strip(c) for c in ["x", "é", "ab", "", "xh", "é\u3000"]],
                    t.lstrip(None), t.rstrip("xé")])))

# Errors.
show("split('')", lambda: "a".split(""))
show("split(1)", lambda: "a".split(1))
show("split(sep=1)", lambda: "a".split(sep=1))
show("split(x=1)", lambda: "a".split(x=1))
show("split 3", lambda: "a".split(",", 1, 2))
show("split pos+kw", lambda: "a".split(",", sep=","))
show("split pos+max kw", lambda: "a".split(",", 1, maxsplit=2))
show("split 3 kw", lambda: "a".split(maxsplit=1, sep=",", x=1))
show("split maxsplit str", lambda: "a".split(",", maxsplit="x"))
show("split maxsplit float", lambda: "a".split(maxsplit=1.5))
show("split None None", lambda: "a".split(None, None))
show("split maxsplit huge", lambda: "a".split(",", 2 ** 70))
show("rsplit('')", lambda: "a".rsplit(""))
show("rsplit(1)", lambda: "a".rsplit(1))
show("rsplit(y=2)", lambda: "a".rsplit(",", y=2))
show("rsplit 3", lambda: "a".rsplit(",", 1, 2))
show("splitlines(1.5)", lambda: "a".splitlines(1.5))
show("splitlines('x')", lambda: "a".splitlines("x"))
show("splitlines(None)", lambda: "a".splitlines(None))
show("splitlines(x=1)", lambda: "a".splitlines(x=1))
show("splitlines 2", lambda: "a".splitlines(1, 2))
show("splitlines pos+kw", lambda: "a".splitlines(True, keepends=1))
show("splitlines huge", lambda: "a\nb".splitlines(2 ** 70))
show("join(1)", lambda: "a".join(1))
show("join([1])", lambda: "a".join([1]))
show("join(['a', 2])", lambda: "a".join(["a", 2]))
show("join([None])", lambda: "a".join([None]))
show("join()", lambda: "a".join())
show("join kw", lambda: "a".join(iterable=[]))
show("strip(1)", lambda: "a".strip(1))
show("lstrip(1)", lambda: "a".lstrip(1))
show("rstrip([])", lambda: "a".rstrip([]))
show("strip 2", lambda: "a".strip("a", "b"))
show("strip kw", lambda: "a".strip(chars="a"))
