# How str's methods can be called: keyword arguments where CPython takes them
# (split, rsplit, splitlines, expandtabs, format), "takes no keyword arguments"
# everywhere else, methods called through the class (str.upper(s), str.split(s,
# sep=...)), the static str.maketrans, and the errors of each form.


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


s = "a,b;c d"
print(s.split(sep=","), s.split(",", maxsplit=0), s.rsplit(maxsplit=1), s.rsplit(sep=";", maxsplit=5))
print("x\ny\r\n".splitlines(keepends=True), "x\ny".splitlines(keepends=False), "\t|".expandtabs(tabsize=3))
print("{0}-{x}".format(1, x=2), "{x:>{w}}".format(x="r", w=3))

# Through the class.
print(str.upper("abc"), str.lower("ÀB"), str.split("a b"), str.split("a,b", sep=","), str.join("-", ["x", "y"]))
print(str.center("a", 5, "*"), str.replace("aaa", "a", "b", 2), str.startswith("abc", ("x", "a")), str.count("aaa", "a"))
print(str.format("{}+{}", 1, 2), str.format_map("{k}", {"k": 3}), str.splitlines("a\nb", keepends=True))
print(str.isdigit("12"), str.title("ab cd"), str.zfill("-7", 4), str.partition("k=v", "="), str.strip("  x "))
print(str.maketrans("ab", "cd"), str.maketrans({"a": None}), "abc".translate(str.maketrans("abc", "cba")))

show("str.upper()", lambda: str.upper())
show("str.upper(1)", lambda: str.upper(1))
show("str.upper(None)", lambda: str.upper(None))
show("str.split(sep=',')", lambda: str.split(sep=","))
show("str.upper(x=1)", lambda: str.upper(x=1))
show("str.format()", lambda: str.format())
show("str.format(1)", lambda: str.format(1))
show("str.upper('a', 1)", lambda: str.upper("a", 1))
show("str.join(1, [])", lambda: str.join(1, []))
show("str.nope('a')", lambda: str.nope("a"))
show("str.maketrans()", lambda: str.maketrans())

# Keywords a method does not take.
for name, call in [
    ("upper", lambda: "a".upper(x=1)),
    ("find", lambda: "a".find("a", start=1)),
    ("count", lambda: "a".count("a", x=1)),
    ("replace", lambda: "a".replace("a", "b", count=1)),
    ("center", lambda: "a".center(5, fillchar="x")),
    ("join", lambda: "a".join(iterable=[])),
    ("startswith", lambda: "a".startswith(prefix="a")),
    ("strip", lambda: "a".strip(chars=" ")),
    ("partition", lambda: "a".partition(sep="a")),
    ("translate", lambda: "a".translate(table={})),
    ("zfill", lambda: "a".zfill(width=3)),
    ("format_map", lambda: "a".format_map(mapping={})),
    ("isalpha", lambda: "a".isalpha(x=1)),
    ("removeprefix", lambda: "a".removeprefix(prefix="a")),
]:
    show(name, call)

# Keyword binding of the methods that take keywords.
show("split unknown", lambda: "a".split(x=1))
show("split twice", lambda: "a".split(",", sep=","))
show("split too many", lambda: "a".split(",", 1, maxsplit=2))
show("split 3 kw", lambda: "a".split(sep=",", maxsplit=1, x=1))
show("rsplit unknown after known", lambda: "a".rsplit(sep=",", y=1))
show("splitlines unknown", lambda: "a".splitlines(keep=True))
show("expandtabs unknown", lambda: "a".expandtabs(size=2))
show("expandtabs 2 kw", lambda: "a".expandtabs(tabsize=2, x=1))

# Methods str does not have.
show("nope()", lambda: "a".nope())
show("nope(x=1)", lambda: "a".nope(x=1))
show("upper2()", lambda: "a".upper2())
