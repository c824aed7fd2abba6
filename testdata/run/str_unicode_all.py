# pyaot: host-only (all 1.1 million code points take minutes under QEMU; str_unicode_sample.py checks a sample on both targets)
# str's per-character behaviour (the is... methods and the case mappings) for every
# code point, as CPython 3.11 (Unicode 14.0) has it.
from mod_str_unicode import code_points, digest

digest(code_points(1, 1))
