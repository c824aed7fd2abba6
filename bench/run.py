#!/usr/bin/env python3
"""Times pyaot-compiled programs against CPython.

Expects target/release/pyaot and the runtime to be built already (`make bench`
builds them first). For every bench/*.py: compile it with pyaot into bench/out/,
check that the binary's output is identical to `python3 prog.py`'s, then time both
(best of 5 wall-clock runs each) and print a table with the ratio python3/pyaot.
Nothing here asserts on time; the script fails only when a program does not
compile or its output differs from CPython's.

Usage: python3 bench/run.py [NAME ...]   (no names: every program)
       PYAOT=path/to/pyaot python3 bench/run.py   (another build of the compiler)
"""

import os
import subprocess
import sys
import time

BENCH_DIR = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(BENCH_DIR)
# $PYAOT overrides the compiler (e.g. a debug build: the code it emits is the same).
PYAOT = os.environ.get("PYAOT") or os.path.join(ROOT, "target", "release", "pyaot")
OUT_DIR = os.path.join(BENCH_DIR, "out")
RUNS = 5


def best_time(cmd):
    """The best wall-clock time of RUNS runs of `cmd`, in seconds."""
    best = None
    for _ in range(RUNS):
        start = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
        elapsed = time.perf_counter() - start
        best = elapsed if best is None else min(best, elapsed)
    return best


def output_of(cmd):
    """The stdout of one run of `cmd`; raises when it fails."""
    return subprocess.run(cmd, check=True, capture_output=True).stdout


def compile_program(source, exe):
    """Compiles `source` to `exe`; returns pyaot's stderr when it failed, else None."""
    proc = subprocess.run([PYAOT, source, "-o", exe], capture_output=True, text=True)
    return None if proc.returncode == 0 else proc.stderr.strip()


def main():
    if not os.path.isfile(PYAOT):
        sys.exit("bench/run.py: %s is missing: run `make bench`" % PYAOT)
    os.makedirs(OUT_DIR, exist_ok=True)
    names = sys.argv[1:] or sorted(
        f[:-3] for f in os.listdir(BENCH_DIR) if f.endswith(".py") and f != "run.py"
    )
    python = subprocess.run(
        ["python3", "--version"], capture_output=True, text=True
    ).stdout.strip()
    print("pyaot vs %s, best of %d wall-clock runs" % (python, RUNS))
    print("%-14s %12s %12s %10s" % ("program", "python3 (s)", "pyaot (s)", "speed-up"))
    failed = []
    for name in names:
        source = os.path.join(BENCH_DIR, name + ".py")
        exe = os.path.join(OUT_DIR, name)
        error = compile_program(source, exe)
        if error is not None:
            print("%-14s compile error:\n%s" % (name, error))
            failed.append(name)
            continue
        expected = output_of(["python3", source])
        actual = output_of([exe])
        if actual != expected:
            print("%-14s output differs: python3 printed %r, pyaot %r"
                  % (name, expected[:200], actual[:200]))
            failed.append(name)
            continue
        py_time = best_time(["python3", source])
        aot_time = best_time([exe])
        ratio = py_time / aot_time if aot_time > 0 else float("inf")
        print("%-14s %12.3f %12.3f %9.1fx" % (name, py_time, aot_time, ratio))
    if failed:
        sys.stdout.flush()
        sys.exit("bench/run.py: failed: %s" % ", ".join(failed))


if __name__ == "__main__":
    main()
