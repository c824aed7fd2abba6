#!/usr/bin/env python3
"""Times str methods in pyaot-compiled code against CPython.

For each case, a program calls the method N times in a loop; the same loop with
the call replaced by a plain assignment is timed too, and its time subtracted, so
the table shows the cost of one call (in ns) on each side and the ratio
python3/pyaot (above 1: pyaot is faster). Least CPU time of 5 runs; the outputs
of both must agree. Nothing is asserted on time.

Expects target/release/pyaot and the runtime to be built.
Usage: python3 bench/tools/str_methods.py [CASE ...]
"""

import os
import resource
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PYAOT = os.environ.get("PYAOT") or os.path.join(ROOT, "target", "release", "pyaot")
RUNS = 5
N = 1000000

TEXT = "the quick brown fox jumps over the lazy dog"
UNI = "Größe und Ärger über die Straße, ΣΟΦΊΑ καὶ λόγος"
LONG = ("lorem ipsum dolor sit amet " * 40).strip()

# name: (setup, expression)
CASES = {
    "split()": ("s = %r" % TEXT, "s.split()"),
    "split(',')": ("s = 'a,b,c,d,e,f,g,h'", "s.split(',')"),
    "rsplit(' ', 1)": ("s = %r" % TEXT, "s.rsplit(' ', 1)"),
    "join": ("w = %r.split()" % TEXT, "','.join(w)"),
    "replace": ("s = %r" % TEXT, "s.replace('o', '0')"),
    "find (1 KB, absent)": ("s = %r" % LONG, "s.find('xyz')"),
    "count (1 KB)": ("s = %r" % LONG, "s.count('o')"),
    "startswith": ("s = %r" % TEXT, "s.startswith('the')"),
    "strip": ("s = '   padded text   '", "s.strip()"),
    "upper": ("s = %r" % TEXT, "s.upper()"),
    "lower (non-ASCII)": ("s = %r" % UNI, "s.lower()"),
    "upper (non-ASCII)": ("s = %r" % UNI, "s.upper()"),
    "casefold (non-ASCII)": ("s = %r" % UNI, "s.casefold()"),
    "title": ("s = %r" % TEXT, "s.title()"),
    "isdigit": ("s = '1234567890'", "s.isdigit()"),
    "isalpha (non-ASCII)": ("s = 'Straßenbahnhaltestelle'", "s.isalpha()"),
    "splitlines": ("s = 'a\\nbb\\nccc\\ndddd\\n' * 4", "s.splitlines()"),
    "partition": ("s = 'key=value'", "s.partition('=')"),
    "center": ("s = 'title'", "s.center(20, '*')"),
    "zfill": ("s = '-42'", "s.zfill(8)"),
    "translate": ("t = str.maketrans('aeiou', 'AEIOU')\ns = %r" % TEXT, "s.translate(t)"),
    "expandtabs": ("s = 'a\\tbb\\tccc\\td'", "s.expandtabs(4)"),
}

TEMPLATE = """%s
n = 0
for i in range(%d):
    r = %s
    n += 1 if r else 0
print(n)
"""


def best_time(cmd):
    """The least CPU time (user + system) of RUNS runs: steadier than wall-clock
    time on a machine others share."""
    best = None
    for _ in range(RUNS):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        best = cpu if best is None else min(best, cpu)
    return best


def measure(tmp, name, setup, expr):
    """(python3 seconds, pyaot seconds) for the loop around `expr`."""
    src = os.path.join(tmp, name + ".py")
    exe = os.path.join(tmp, name)
    with open(src, "w") as f:
        f.write(TEMPLATE % (setup, N, expr))
    subprocess.run([PYAOT, src, "-o", exe], check=True)
    a = subprocess.run(["python3", src], check=True, capture_output=True).stdout
    b = subprocess.run([exe], check=True, capture_output=True).stdout
    if a != b:
        sys.exit("%s: output differs: %r vs %r" % (name, a, b))
    return best_time(["python3", src]), best_time([exe])


def main():
    if not os.path.isfile(PYAOT):
        sys.exit("str_methods.py: %s is missing: build pyaot first" % PYAOT)
    names = sys.argv[1:] or list(CASES)
    with tempfile.TemporaryDirectory() as tmp:
        base_py, base_aot = measure(tmp, "base", "s = 'x'", "s")
        print("%d calls each, least CPU time of %d runs; loop overhead subtracted" % (N, RUNS))
        print("%-24s %12s %12s %8s" % ("method", "python3 ns", "pyaot ns", "ratio"))
        for k, name in enumerate(names):
            setup, expr = CASES[name]
            py, aot = measure(tmp, "case%d" % k, setup, expr)
            py_ns = max(py - base_py, 0) / N * 1e9
            aot_ns = max(aot - base_aot, 0) / N * 1e9
            ratio = py_ns / aot_ns if aot_ns > 0 else float("inf")
            print("%-24s %12.1f %12.1f %7.1fx" % (name, py_ns, aot_ns, ratio))


if __name__ == "__main__":
    main()
