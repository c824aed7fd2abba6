# Digests of str's per-character behaviour over a set of code points, for
# str_unicode_all.py (every code point, host only) and str_unicode_sample.py (a
# sample, on both targets). Each line: what, how many characters it holds for, and
# checksums of those code points (and of what they map to) over four ranges.

M = 1000003
RANGES = [0x800, 0x3000, 0x10000, 0x110000]
NAMES = ["isalpha", "isdecimal", "isdigit", "isnumeric", "isalnum", "isspace", "isprintable",
         "islower", "isupper", "istitle", "isidentifier", "isidentifier-continue",
         "upper", "lower", "casefold", "title", "capitalize", "swapcase"]


def digest(cps):
    counts = [0] * len(NAMES)
    sums = [[0] * len(RANGES) for _ in NAMES]
    r = 0
    for cp in cps:
        while cp >= RANGES[r]:
            r += 1
        c = chr(cp)
        tests = [c.isalpha(), c.isdecimal(), c.isdigit(), c.isnumeric(), c.isalnum(), c.isspace(),
                 c.isprintable(), c.islower(), c.isupper(), c.istitle(), c.isidentifier(),
                 ("a" + c).isidentifier()]
        for k in range(len(tests)):
            if tests[k]:
                counts[k] += 1
                sums[k][r] = (sums[k][r] * 31 + cp) % M
        maps = [c.upper(), c.lower(), c.casefold(), c.title(), c.capitalize(), c.swapcase()]
        for j in range(len(maps)):
            m = maps[j]
            if m != c:
                k = len(tests) + j
                counts[k] += 1
                h = (sums[k][r] * 31 + cp) % M
                for ch in m:
                    h = (h * 31 + ord(ch)) % M
                sums[k][r] = h
    for k in range(len(NAMES)):
        print(NAMES[k], counts[k], sums[k])


def code_points(step_bmp, step_astral):
    """Every code point below U+3400, then every step_bmp-th one to U+FFFF and every
    step_astral-th one above (surrogates skipped: a str cannot hold them)."""
    cps = list(range(0x3400))
    cps += [cp for cp in range(0x3400, 0x10000, step_bmp) if not 0xD800 <= cp < 0xE000]
    cps += list(range(0x10000, 0x110000, step_astral))
    return cps


if __name__ == "__main__":
    digest(range(0x80, 0x200))
