#!/usr/bin/env python3
"""Writes runtime-lib/src/unicode_tables.rs: the character properties and case
mappings of CPython 3.11's str methods (Unicode 14.0), as compact range tables.

The tables are measured from CPython itself, one code point at a time, so they say
what the oracle's methods do rather than what a Unicode data file says: `c.isalpha()`,
`c.upper()`, `c.casefold()`, ... Two properties CPython does not expose are read off
its behaviour too: Cased (a cased character makes the next one lowercase in
`title()`) and Case_Ignorable (the context rule of final sigma in `lower()`).

Encoding (the runtime's `unicode.rs` reads it):
- a set is a sorted array of u32 runs: `start << 11 | (count - 1) << 1 | stride2`,
  covering `start, start + s, ..., start + (count - 1) * s` with s = 2 when the low
  bit is set, else 1 (count <= 1024). Runs never interleave, so the last run starting
  at or below a code point is the only one that can hold it.
- a mapping is a sorted array of (run, value) pairs over the code points whose
  mapping is not the character itself: value < SPECIAL is a delta added to the code
  point; SPECIAL + i names entry i of the mapping's table of multi-character results
  (three UTF-16 units, 0-padded: every such result lies in the BMP).

Usage: python3 runtime-lib/tools/gen_unicode.py [--check]
(--check: exit 1 if the file on disk differs from what would be written.)
"""

import os
import sys
import unicodedata

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                   "src", "unicode_tables.rs")
SPECIAL = 1 << 24
MAX_COUNT = 1024


def code_points():
    """Every code point a str can hold (UTF-8 has no surrogates)."""
    for cp in range(0x110000):
        if not 0xD800 <= cp < 0xE000:
            yield cp


def is_cased(c):
    # title(): a character after a cased one is lowercased.
    return (c + "A").title()[-1] == "a"


def is_case_ignorable(c):
    # lower() maps U+03A3 to final sigma when a cased letter precedes it, skipping
    # case-ignorable characters, and none follows. After 'A', sigma is final when c is
    # ignorable or cased; after '1' only when c is cased and not ignorable.
    after_letter = ("A" + c + "\u03a3 ").lower()[-2] == "\u03c2"
    after_digit = ("1" + c + "\u03a3 ").lower()[-2] == "\u03c2"
    return after_letter and not after_digit


SETS = [
    ("ALPHA", "str.isalpha: categories Lu Ll Lt Lm Lo", str.isalpha),
    ("DECIMAL", "str.isdecimal: Numeric_Type=Decimal", str.isdecimal),
    ("DIGIT", "str.isdigit: Numeric_Type=Decimal or Digit", str.isdigit),
    ("NUMERIC", "str.isnumeric: any Numeric_Type (Unihan numerals too)", str.isnumeric),
    ("SPACE", "str.isspace: bidi WS, B or S, or category Zs", str.isspace),
    ("PRINTABLE", "str.isprintable: not in categories C* or Z* (but ' ')", str.isprintable),
    ("LOWER", "Lowercase (str.islower of one character)", str.islower),
    ("UPPER", "Uppercase (str.isupper of one character)", str.isupper),
    ("TITLE", "titlecase letters, category Lt",
     lambda c: unicodedata.category(c) == "Lt"),
    ("CASED", "Cased (title() lowercases what follows one)", is_cased),
    ("CASE_IGNORABLE", "Case_Ignorable (skipped by the final-sigma rule)", is_case_ignorable),
    ("XID_START", "XID_Start, and '_' (str.isidentifier of one character)", str.isidentifier),
    ("XID_CONTINUE", "XID_Continue (str.isidentifier of 'a' + the character)",
     lambda c: ("a" + c).isidentifier()),
]

MAPS = [
    ("UPPER_MAP", "str.upper of one character", str.upper),
    # Without context, U+03A3 lowers to U+03C3; the runtime applies final sigma.
    ("LOWER_MAP", "str.lower of one character", str.lower),
    ("TITLE_MAP", "str.title of one character (its titlecase mapping)", str.title),
    ("FOLD_MAP", "str.casefold of one character", str.casefold),
]


def runs(members):
    """Greedy runs of stride 1 or 2 over the sorted code points `members`, each
    (start, count, stride). A stride-2 run never skips over a member."""
    out = []
    i = 0
    while i < len(members):
        j = i
        while (j + 1 < len(members) and members[j + 1] == members[j] + 1
               and j + 1 - i < MAX_COUNT):
            j += 1
        k = i
        while (k + 1 < len(members) and members[k + 1] == members[k] + 2
               and k + 1 - i < MAX_COUNT):
            k += 1
        if k > j:
            out.append((members[i], k - i + 1, 2))
            i = k + 1
        else:
            out.append((members[i], j - i + 1, 1))
            i = j + 1
    return out


def pack(start, count, stride):
    assert start < 1 << 21 and 1 <= count <= MAX_COUNT
    return start << 11 | (count - 1) << 1 | (stride == 2)


def map_runs(mapping):
    """Runs of code points sharing one value in `mapping` (cp -> value)."""
    cps = sorted(mapping)
    out = []
    i = 0
    while i < len(cps):
        v = mapping[cps[i]]
        j = i
        while (j + 1 < len(cps) and cps[j + 1] == cps[j] + 1 and mapping[cps[j + 1]] == v
               and j + 1 - i < MAX_COUNT and v < SPECIAL):
            j += 1
        k = i
        while (k + 1 < len(cps) and cps[k + 1] == cps[k] + 2 and mapping[cps[k + 1]] == v
               and k + 1 - i < MAX_COUNT and v < SPECIAL):
            k += 1
        if k > j:
            out.append((cps[i], k - i + 1, 2, v))
            i = k + 1
        else:
            out.append((cps[i], j - i + 1, 1, v))
            i = j + 1
    return out


def words(values, fmt, per_line):
    lines = []
    for i in range(0, len(values), per_line):
        lines.append("    " + " ".join(fmt(v) + "," for v in values[i:i + per_line]))
    return "\n".join(lines)


def generate():
    if unicodedata.unidata_version != "14.0.0" or sys.version_info[:2] != (3, 11):
        sys.exit("gen_unicode.py: needs CPython 3.11 (Unicode 14.0.0), found %s (%s)"
                 % (sys.version.split()[0], unicodedata.unidata_version))
    members = {name: [] for name, _, _ in SETS}
    maps = {name: {} for name, _, _ in MAPS}
    for cp in code_points():
        c = chr(cp)
        for name, _, test in SETS:
            if test(c):
                members[name].append(cp)
        for name, _, f in MAPS:
            m = f(c)
            if m != c:
                maps[name][cp] = m
    # Cased is Lowercase | Uppercase | Lt by definition; the runtime relies on it
    # (istitle and friends test the three), so check CPython agrees.
    assert set(members["CASED"]) == set(members["LOWER"]) | set(members["UPPER"]) | set(
        members["TITLE"])

    out = [
        "//! Generated by runtime-lib/tools/gen_unicode.py from CPython %s's str methods"
        % sys.version.split()[0],
        "//! (Unicode %s). Do not edit: change the script and run it again."
        % unicodedata.unidata_version,
        "//!",
        "//! Sets: sorted runs `start << 11 | (count - 1) << 1 | stride2`. Mappings: sorted",
        "//! (run, value) pairs, value a delta or `SPECIAL + i` (entry i of the mapping's",
        "//! table of multi-character results). See `crate::unicode`.",
        "",
        "/// Values at or above this in a mapping name a multi-character result.",
        "pub const SPECIAL: i32 = 0x%x;" % SPECIAL,
    ]
    total = 0
    for name, doc, _ in SETS:
        packed = [pack(*r) for r in runs(members[name])]
        total += 4 * len(packed)
        out += [
            "",
            "/// %s." % doc,
            "#[rustfmt::skip]",
            "pub static %s: [u32; %d] = [" % (name, len(packed)),
            words(packed, lambda v: "0x%08x" % v, 8),
            "];",
        ]
    for name, doc, _ in MAPS:
        specials = []
        values = {}
        for cp, m in maps[name].items():
            if len(m) == 1:
                values[cp] = ord(m) - cp
                assert abs(values[cp]) < SPECIAL
            else:
                assert len(m) <= 3 and all(ord(x) < 0x10000 for x in m), (cp, m)
                values[cp] = SPECIAL + len(specials)
                specials.append([ord(x) for x in m] + [0] * (3 - len(m)))
        entries = map_runs(values)
        total += 8 * len(entries) + 6 * len(specials)
        out += [
            "",
            "/// %s: the characters it changes." % doc,
            "#[rustfmt::skip]",
            "pub static %s: [(u32, i32); %d] = [" % (name, len(entries)),
            words(entries, lambda e: "(0x%08x, %d)" % (pack(*e[:3]), e[3]), 4),
            "];",
            "",
            "/// The multi-character results of `%s`." % name,
            "#[rustfmt::skip]",
            "pub static %s_SPECIAL: [[u16; 3]; %d] = [" % (name, len(specials)),
            words(specials, lambda s: "[0x%04x, 0x%04x, 0x%04x]" % tuple(s), 4),
            "];",
        ]
    out.append("")
    return "\n".join(out), total


def main():
    text, total = generate()
    if "--check" in sys.argv[1:]:
        with open(OUT) as f:
            if f.read() != text:
                sys.exit("gen_unicode.py: %s is out of date; run the script" % OUT)
        return
    with open(OUT, "w") as f:
        f.write(text)
    print("wrote %s (%d bytes of tables)" % (OUT, total))


if __name__ == "__main__":
    main()
