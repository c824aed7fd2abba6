# str's is... methods as CPython 3.11 (Unicode 14.0) defines them: isalpha (letters
# only, not combining marks or Roman numerals), isdecimal / isdigit / isnumeric
# (superscripts, fractions, CJK numerals), isalnum, isspace (with U+001C..U+001F),
# isprintable, isidentifier (XID_Start / XID_Continue), islower / isupper /
# istitle (titlecase letters, uncased characters), isascii; '' for each.

names = ["isalpha", "isalnum", "isdecimal", "isdigit", "isnumeric", "isspace", "isprintable",
         "isidentifier", "islower", "isupper", "istitle", "isascii"]


def flags(s):
    return "".join("1" if f else "0" for f in [
        s.isalpha(), s.isalnum(), s.isdecimal(), s.isdigit(), s.isnumeric(), s.isspace(),
        s.isprintable(), s.isidentifier(), s.islower(), s.isupper(), s.istitle(), s.isascii()])


def esc(s):
    return "".join(c if 32 <= ord(c) < 127 else "\\u%04x" % ord(c) for c in s)


print(" ".join(names))
samples = [
    "", "a", "A", "abc", "ABC", "Abc", "aBc", "abc1", "123", "1.5", "-1", " ", "  \t\n", "a b",
    "_", "_x1", "1x", "x-y", "class", "Hello World", "Hello world", "HELLO WORLD", "Hello  World!",
    "é", "É", "ß", "ǅ", "ǅungla", "Ǆ", "ǆ", "ǈa Ǌb", "ǅǅ", "Σίσυφος", "ΣΊΣΥΦΟΣ", "Δ1Σ", "ſ", "ª", "ʰ", "ᵃ",
    "²", "³", "¹", "½", "¼", "⅓", "Ⅷ", "ⅷ", "Ⅻ", "①", "⑴", "⒈", "٣", "۳", "३", "௰", "൰", "፩", "一", "二", "三",
    "十", "百", "千", "万", "億", "兆", "零", "〇", "壹", "𐌢", "𝟗", "🄁", "𑁒", "０", "９", "Ⅰ",
    "\u0301", "a\u0301", "\u0903", "क", "कि", "\u0345", "\u200b", "\u200d", "\u00ad", "\u2028", "\x85", "\xa0",
    "\u3000", "\u2003", "\u1680", "\u180e", "\u202f", "\x1c", "\x1d\x1e\x1f", "\x7f", "\x00", "\ufeff",
    "\ue000", "\U000f0000", "\u0378", "\U0001f600", "日本語", "日本語1", "ひらがな", "カタカナ", "한국어",
    "ℌ", "ℎ", "℘", "℮", "゛", "゜", "ゟ", "ⅰ", "ⓐ", "Ⓐ", "ꭰ", "Ꭰ", "𐐀", "𐐨", "µ", "·", "x·y", "·x",
    "x\u0387", "\u1369", "a\u1369", "\u2118x", "℘x", "x\u0300", "\u0300x", "\U0001e900", "\U0001e922",
    "\u02b0\u02b1", "A\u02b0", "a\u02b0", "\u1d2c", "AB\u0301C", "Á", "A\u0301", "\u01c5\u0301x",
]
for s in samples:
    print(flags(s), esc(s))

# Longer strs: the answer depends on every character.
text = "The Quick Brown Fox"
print(flags(text), flags(text.upper()), flags(text.lower()), flags(text.replace(" ", "")))
print(flags("Ǆemal Ǆ"), flags("ǅemal ǅ"), flags("Élan Vital"), flags("ÉLAN VITAL"), flags("élan vital"))
print(flags("x" * 100 + "1"), flags("1" * 100 + "²"), flags("½" * 10), flags("日本" * 10), flags(" " * 50 + "\u3000"))

for name in ["isalpha", "isspace", "isascii", "istitle", "isidentifier"]:
    try:
        if name == "isalpha":
            "a".isalpha(1)
        elif name == "isspace":
            "a".isspace(None)
        elif name == "isascii":
            "a".isascii(1, 2)
        elif name == "istitle":
            "a".istitle(x=1)
        else:
            "a".isidentifier("a")
    except TypeError as e:
        print(type(e).__name__, e)
