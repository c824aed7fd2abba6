# str's searching methods: find, rfind, index, rindex, count, startswith, endswith,
# partition, rpartition, removeprefix, removesuffix, replace; every argument form
# (start/end negative, None, bools, huge ints), ASCII and non-ASCII text, and
# CPython's error messages.


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


texts = ["hello world", "abcabcabc", "", "aaa", "héllo wörld héllo", "日本語の日本語", "a\u2028b\U0001f600c\U0001f600"]
subs = ["", "l", "lo", "o w", "abc", "ca", "a", "aa", "héllo", "ö", "日本", "語", "\U0001f600", "zz"]
bounds = [(None, None), (1, None), (-3, None), (2, 5), (None, -2), (5, 2), (0, 100), (100, None), (-100, 3), (3, 3)]

for t in texts:
    for sub in subs:
        row = []
        for a, b in bounds:
            row.append((t.find(sub, a, b), t.rfind(sub, a, b), t.count(sub, a, b)))
        print(repr(t), repr(sub), row)
        print("  ", t.find(sub), t.rfind(sub), t.count(sub), t.startswith(sub), t.endswith(sub), sub in t)

# index / rindex raise where find / rfind give -1.
for t, sub, a, b in [("hello", "l", None, None), ("hello", "z", None, None), ("hello", "l", 4, None),
                     ("héllo", "o", 0, -1), ("héllo", "é", None, None), ("abc", "", 3, None), ("abc", "", 4, None)]:
    show("index %r %r %r %r" % (t, sub, a, b), lambda: t.index(sub, a, b))
    show("rindex %r %r %r %r" % (t, sub, a, b), lambda: t.rindex(sub, a, b))

# Bounds: bools, huge ints (clamped like slice indices), positional forms.
s = "abcabc"
print(s.find("b", True), s.find("b", False, True), s.rfind("c", 0, 10 ** 30), s.find("a", -10 ** 30))
print(s.count("", 2 ** 70), s.count("", -2 ** 70), s.count("", 1, 1), s.count("", 2, 1), s.count("", 0, 100))
print(s.find("c", 1), s.find("c", 1, 3), s.find("c", None, 3), s.rfind("a", None, None), s.index("c", -1))
print("".find(""), "".rfind(""), "".count(""), "".count("a"), "a".find("", 1), "a".find("", 2), "a".rfind("", 2))

# startswith / endswith with tuples and bounds.
for t in ["hello world", "héllo", "", "日本語"]:
    for p in ["he", "", "lo", ("x", "he"), ("x", "y"), (), ("", "z"), "日本", ("語",)]:
        print(repr(t), repr(p), [t.startswith(p, a, b) for a, b in bounds], [t.endswith(p, a, b) for a, b in bounds])
print("a".startswith("", 1), "a".startswith("", 2), "".startswith("", 0), "abc".endswith("", 3, 2))
print("abc".startswith("b", 1), "abc".endswith("b", 0, 2), "abc".startswith(("c", "b"), -2), "abc".endswith("c", 10 ** 20))

# partition / rpartition.
for t in ["a,b,c", "abc", "", ",", "é,ü,ö", "key = value = x", "日本語の日本語"]:
    for sep in [",", "=", " = ", "の", "x", "é"]:
        print(repr(t), repr(sep), t.partition(sep), t.rpartition(sep))

# removeprefix / removesuffix.
for t in ["prefix-body-suffix", "", "aaa", "héllo"]:
    for p in ["prefix-", "-suffix", "", "a", "aaa", "aaaa", "hé", "llo", "x"]:
        print(repr(t), repr(p), repr(t.removeprefix(p)), repr(t.removesuffix(p)))

# replace, with and without a count.
for t in ["hello world", "aaaa", "", "abc", "héllo wörld", "日本語の日本語", "ababab"]:
    for old, new in [("l", "L"), ("aa", "b"), ("", "-"), ("o", ""), ("ö", "oe"), ("日本", "ニホン"), ("ab", "ba"), ("x", "y")]:
        print(repr(t), repr(old), repr(new), [t.replace(old, new, n) for n in (-1, 0, 1, 2, 100)], repr(t.replace(old, new)))
print("abc".replace("", "-", 2), "".replace("", "x"), "".replace("", "x", 0), "a".replace("a", "b", True))

# Errors.
show("find()", lambda: "a".find())
show("find(1)", lambda: "a".find(1))
show("find('a', 'b')", lambda: "a".find("a", "b"))
show("find(1, 'b')", lambda: "a".find(1, "b"))
show("find 4 args", lambda: "a".find("a", 1, 2, 3))
show("rfind 1.5", lambda: "a".rfind("a", 1.5))
show("index b", lambda: "a".index("b"))
show("rindex b", lambda: "a".rindex("b"))
show("index()", lambda: "a".index())
show("rindex 4", lambda: "a".rindex("a", 1, 2, 3))
show("count()", lambda: "a".count())
show("count(1)", lambda: "a".count(1))
show("count float end", lambda: "a".count("a", None, 1.5))
show("count 4", lambda: "a".count("a", 1, 2, 3))
show("startswith()", lambda: "a".startswith())
show("startswith(1)", lambda: "a".startswith(1))
show("startswith((1,))", lambda: "a".startswith((1,)))
show("endswith(['a'])", lambda: "a".endswith(["a"]))
show("endswith(('a', 1))", lambda: "a".endswith(("a", 1)))
show("endswith((1, 'a'))", lambda: "a".endswith((1, "a")))
show("startswith('a', 'x')", lambda: "a".startswith("a", "x"))
show("startswith 4", lambda: "a".startswith("a", 0, 1, 2))
show("partition('')", lambda: "a".partition(""))
show("partition(1)", lambda: "a".partition(1))
show("partition()", lambda: "a".partition())
show("rpartition('')", lambda: "a".rpartition(""))
show("rpartition(None)", lambda: "a".rpartition(None))
show("rpartition 2", lambda: "a".rpartition("a", "b"))
show("removeprefix(1)", lambda: "a".removeprefix(1))
show("removesuffix(None)", lambda: "a".removesuffix(None))
show("removeprefix()", lambda: "a".removeprefix())
show("removesuffix 2", lambda: "a".removesuffix("a", "b"))
show("replace('a')", lambda: "a".replace("a"))
show("replace(1, 'b')", lambda: "a".replace(1, "b"))
show("replace('a', 1)", lambda: "a".replace("a", 1))
show("replace count str", lambda: "a".replace("a", "b", "c"))
show("replace count float", lambda: "a".replace("a", "b", 1.5))
show("replace count huge", lambda: "a".replace("a", "b", 2 ** 70))
show("replace 4", lambda: "a".replace("a", "b", 1, 2))
