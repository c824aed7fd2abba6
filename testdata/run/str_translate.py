# str.maketrans (static, and through an instance) with one, two and three
# arguments; translate with dicts, lists, strs and a class's __getitem__ (a
# LookupError keeps the character); format_map; and CPython's error messages.


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


print(str.maketrans("abc", "xyz"), str.maketrans("abc", "xyz", "q"), str.maketrans("", "", "ab"))
print(str.maketrans({"a": 1, 98: "x", "c": None, "é": "e"}), str.maketrans({True: "x"}), str.maketrans({2 ** 70: "x"}))
print(str.maketrans("aba", "xyz"), str.maketrans("", ""), "ignored".maketrans("ab", "cd"), str.maketrans("日本", "にほ"))
print(str.maketrans({"a": 1.5}), str.maketrans({}))

table = str.maketrans("abc", "xyz", "d")
for t in ["abcd", "", "aabbccdd", "hello", "dddd", "éabc", "日本abc"]:
    print(repr(t), repr(t.translate(table)))
print("abc".translate({97: None, 98: "xyz", 99: 100}), "abc".translate({97: "", 98: "日本"}), "abc".translate({}))
print("abc".translate("xyz"), "abc".translate([]), "\x00\x01\x02".translate("xyz"), "aaa".translate({97: 0x10FFFF}) == "\U0010ffff" * 3)
print("hello".translate({ord("l"): "L", ord("o"): None}), "ÉCOLE".translate({201: "E"}), "a".translate({97: True}) == "\x01")
print("été".translate(str.maketrans("éè", "ee")), "日本語".translate({26085: "ni"}))


class Rot13:
    def __getitem__(self, cp):
        if 97 <= cp <= 122:
            return (cp - 97 + 13) % 26 + 97
        if cp == 32:
            return None
        raise LookupError(cp)


class Strict:
    def __getitem__(self, cp):
        raise ValueError("no %d" % cp)


print("hello world!".translate(Rot13()))
show("translate Strict", lambda: "ab".translate(Strict()))
show("translate 1.5", lambda: "a".translate({97: 1.5}))
show("translate big", lambda: "a".translate({97: 0x110000}))
show("translate -1", lambda: "a".translate({97: -1}))
show("translate huge", lambda: "a".translate({97: 2 ** 70}))
show("translate list value", lambda: "a".translate({97: [1]}))
show("translate(1)", lambda: "a".translate(1))
show("translate()", lambda: "a".translate())
show("translate 2", lambda: "a".translate({}, {}))
show("translate kw", lambda: "a".translate(table={}))

show("maketrans()", lambda: str.maketrans())
show("maketrans(1)", lambda: str.maketrans(1))
show("maketrans([...])", lambda: str.maketrans([("a", "b")]))
show("maketrans({'ab': 1})", lambda: str.maketrans({"ab": 1}))
show("maketrans({'': 1})", lambda: str.maketrans({"": 1}))
show("maketrans({1.5: 1})", lambda: str.maketrans({1.5: 1}))
show("maketrans('ab', 'c')", lambda: str.maketrans("ab", "c"))
show("maketrans(1, 'c')", lambda: str.maketrans(1, "c"))
show("maketrans(None, 'a')", lambda: str.maketrans(None, "a"))
show("maketrans({}, 'a')", lambda: str.maketrans({}, "a"))
show("maketrans('a', 1)", lambda: str.maketrans("a", 1))
show("maketrans('a', None)", lambda: str.maketrans("a", None))
show("maketrans('a', 'b', 1)", lambda: str.maketrans("a", "b", 1))
show("maketrans('a', 'b', None)", lambda: str.maketrans("a", "b", None))
show("maketrans 4", lambda: str.maketrans("a", "b", "c", "d"))
show("maketrans kw", lambda: str.maketrans(x=1))
show("s.maketrans kw", lambda: "s".maketrans("a", "b", x=1))
show("s.maketrans()", lambda: "s".maketrans())

print("{a}-{b}".format_map({"a": 1, "b": "two"}), "no fields".format_map({}), "x".format_map(1))
print("{a[0]}{a[1]:>3}|{b.real}".format_map({"a": "xy", "b": 5}), "{a!r:>6}".format_map({"a": "é"}))


class Default:
    def __getitem__(self, key):
        return "<" + key + ">"


print("{x} and {y:^7}".format_map(Default()), "{{literal}} {k}".format_map({"k": 0}))
show("format_map missing", lambda: "{x}".format_map({}))
show("format_map positional", lambda: "{}".format_map({}))
show("format_map index", lambda: "{0}".format_map({"0": 1}))
show("format_map int", lambda: "{x}".format_map(1))
show("format_map()", lambda: "a".format_map())
show("format_map 2", lambda: "a".format_map({}, {}))
show("format_map kw", lambda: "a".format_map(x=1))
