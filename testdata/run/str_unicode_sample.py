# str's per-character behaviour (the is... methods and the case mappings) over a
# sample of Unicode: every code point below U+3400 (scripts with case, digits and
# marks), every 7th to U+FFFF and every 97th above; CPython 3.11's Unicode 14.0.
# str_unicode_all.py checks every code point on the host.
from mod_str_unicode import code_points, digest

digest(code_points(7, 97))
