#!/usr/bin/env python3
"""Record CPython's behaviour for every program in testdata/run/.

For each run/NAME.py this writes, from `python3 NAME.py`:
  NAME.out   its stdout, byte for byte
  NAME.exit  its exit status (a decimal number and a newline)
  NAME.err   only when the status is non-zero: the last line of its stderr
             (e.g. "ZeroDivisionError: division by zero"), with a newline
  NAME.trace only when the status is non-zero: its whole stderr (the traceback,
             with CPython 3.11's position-marker lines), with this folder's path
             written as "<run>"

Expected files are only ever produced by this script; never edit them by hand.
The oracle must be CPython 3.11: the script refuses any other version.

Usage: python3 testdata/record.py [NAME ...]   (no names: every program)
"""

import os
import subprocess
import sys

RUN_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "run")
PYTHON = "python3"
REQUIRED = (3, 11)
TIMEOUT_SECONDS = 60


def oracle_version():
    """The (major, minor) version of the `python3` that runs the programs."""
    out = subprocess.run(
        [PYTHON, "-c", "import sys; print(sys.version_info[0], sys.version_info[1])"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split()
    return (int(out[0]), int(out[1]))


def last_line(data):
    """The last non-empty line of `data` (bytes), decoded, without its newline."""
    lines = [line for line in data.decode("utf-8", "replace").splitlines() if line.strip()]
    return lines[-1] if lines else ""


def normalized_trace(stderr):
    """stderr with RUN_DIR as "<run>"."""
    text = stderr.decode("utf-8", "replace").replace(RUN_DIR + os.sep, "<run>/")
    return "".join(line + "\n" for line in text.splitlines())


def write(path, data):
    with open(path, "wb") as f:
        f.write(data)


def record(name):
    """Runs one program and writes its expected files; returns its exit status."""
    env = dict(os.environ)
    # Same bytes whatever the caller's locale; no .pyc files beside the programs.
    env["PYTHONIOENCODING"] = "utf-8"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env.pop("PYTHONSTARTUP", None)
    proc = subprocess.run(
        [PYTHON, name + ".py"],
        cwd=RUN_DIR,
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        timeout=TIMEOUT_SECONDS,
    )
    base = os.path.join(RUN_DIR, name)
    write(base + ".out", proc.stdout)
    write(base + ".exit", b"%d\n" % proc.returncode)
    for ext, data in ((".err", last_line(proc.stderr) + "\n"),
                      (".trace", normalized_trace(proc.stderr))):
        path = base + ext
        if proc.returncode != 0:
            write(path, data.encode("utf-8"))
        elif os.path.exists(path):
            os.remove(path)
    return proc.returncode


def remove_orphans(names):
    """Deletes expected files whose program no longer exists."""
    for entry in sorted(os.listdir(RUN_DIR)):
        stem, ext = os.path.splitext(entry)
        if ext in (".out", ".exit", ".err", ".trace") and stem not in names:
            os.remove(os.path.join(RUN_DIR, entry))
            print("removed orphan", entry)


def main():
    version = oracle_version()
    if version != REQUIRED:
        sys.exit(
            "record.py: `%s` is Python %d.%d; the oracle must be CPython %d.%d"
            % ((PYTHON,) + version + REQUIRED)
        )
    all_names = sorted(f[:-3] for f in os.listdir(RUN_DIR) if f.endswith(".py"))
    names = sys.argv[1:] or all_names
    for name in names:
        if name not in all_names:
            sys.exit("record.py: no program %s.py in %s" % (name, RUN_DIR))
    if not sys.argv[1:]:
        remove_orphans(set(all_names))
    for name in names:
        status = record(name)
        print("%-28s exit %d" % (name, status))


if __name__ == "__main__":
    main()
