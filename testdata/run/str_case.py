# str's case conversions as CPython 3.11 (Unicode 14.0) does them: full mappings
# that lengthen text ('ß', ligatures, 'ŉ', Greek with iota subscript), final sigma in
# lower() (context over case-ignorable characters, in the whole str), titlecase
# letters ('ǅ') in title() and capitalize(), word starts in title() after any
# uncased character, casefold, swapcase; ASCII and non-ASCII text.


def esc(s):
    # Code points beyond ASCII as \u escapes, so output does not depend on repr.
    return "".join(c if ord(c) < 128 else "\\u%04x" % ord(c) for c in s)


samples = [
    "", "hello world", "HELLO World", "mIxEd CaSe 123", "they're bill's friends", "a1b2c3 x_y-z",
    "straße", "STRASSE", "ß", "ẞ", "ﬁ ﬂ ﬀ ﬃ ﬄ ﬅ ﬆ", "ŉ", "ǰ", "ΐ ΰ", "ᾀ ᾈ ᾳ ᾼ ῳ", "և", "ﬓ ﬔ",
    "İstanbul", "ıi", "Iİ", "ǅungla ǆ Ǆ", "ǈ ǋ ǲ", "Ωmega ω", "µ", "ſ", "ꭰ ꮿ Ꭰ", "Ⓐⓐ", "𐐀𐐨", "𞤀𞤢",
    "ΣΑΣ ΣΑΣ", "σας", "Σ", "ΑΣ", "ΑΣ.", "Α.Σ", "ΑΣΑ", "ΑΣ΄Α", "1Σ", "ΑΣ1", "Α'Σ", "ΣΑ", "aΣ b", "aΣ", "ßΣ",
    "Σ̈", "Α\u0301Σ\u0301", "άσοσ", "ΌΣΟΣ", "ΟΔΥΣΣΕΥΣ", "é à ü", "ÉCOLE élève", "日本語 abc", "\U0001f600 smile",
    "hello\u2028world", "x\u0345y", "a\u02b0b", "1st 2nd 3rd", "o'neil mc'donald", "À LA CARTE", "ǉubljana",
]

for s in samples:
    print(esc(s), "|", esc(s.upper()), "|", esc(s.lower()), "|", esc(s.casefold()), "|",
          esc(s.capitalize()), "|", esc(s.title()), "|", esc(s.swapcase()))
    print("  ", len(s), len(s.upper()), len(s.lower()), len(s.casefold()), len(s.title()), len(s.swapcase()))

# Round trips and identities on longer text.
text = "The Quick Brown Fox Jumps Over The Lazy Dog; ΤΟ ΓΡΗΓΟΡΟ ΚΑΦΕ ΑΛΕΠΟΥ; Fuchs ÜBER STRAẞE"
print(esc(text.lower().upper()), esc(text.swapcase().swapcase()), esc(text.casefold()))
print(text.upper() == text.upper().upper(), text.lower().islower(), esc(text.title()))
print("straße".casefold() == "STRASSE".casefold(), "ǅ".casefold(), esc("ΣΑΣ".casefold()))

try:
    "a".upper(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a".lower(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a".title(x=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a".swapcase(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a".casefold("x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a".capitalize(1)
except TypeError as e:
    print(type(e).__name__, e)
