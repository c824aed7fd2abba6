#!/usr/bin/env python3
"""Size report of a Cortex-M image (default: testdata/run/hello.py, hello world) on
mps2-an386.

Compiles the program for thumbv7em-none-eabi with an 8 KiB heap (a board script that
sets __pyaot_heap_size, as `--defsym` would), runs it under QEMU (its stdout must be
what python3 prints) and prints, from the image's section headers and the run:

  flash = .vector_table + .text + .rodata + .data's load image
  RAM   = .data + .bss + heap + stack, where the stack is what the run used
          (measured: the runtime paints the stack when __pyaot_gc_stats is set) plus
          the 32 KiB the stack check keeps free below compiled code on bare metal

Goal for hello world: under 64 KiB of flash, running with an 8 KiB heap. Exits 1 when
the program does not build, run or print the right thing; a missed flash goal is
reported, not an error (the report is for reading, like bench/run.py's timings).

With --summary, prints one line per program instead (flash, static RAM, whether it
ran right): hello world and the programs in bench/size/ (a list method call, str.format,
a small typical program), or the PROGRAM.py files given.

Expects target/release/pyaot and the runtime to be built (`make size` builds them).
Usage: python3 bench/tools/size.py [PROGRAM.py]   (PYAOT=... for another compiler)
       python3 bench/tools/size.py --summary [PROGRAM.py...]
"""

import os
import re
import struct
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PYAOT = os.environ.get("PYAOT") or os.path.join(ROOT, "target", "release", "pyaot")
RUNTIME = os.environ.get("PYAOT_RUNTIME_DIR") or os.path.join(ROOT, "target", "pyaot-runtime")
TRIPLE = "thumbv7em-none-eabi"
HEAP = 8 << 10
FLASH_GOAL = 64 << 10
# entry.rs: STACK_MARGIN on bare metal.
STACK_MARGIN = 32 << 10
QEMU = ["timeout", "30", "qemu-system-arm", "-M", "mps2-an386", "-nographic",
        "-semihosting-config", "enable=on,target=native", "-kernel"]

SHF_WRITE, SHF_ALLOC = 1, 2
SHT_NOBITS = 8
# mps2-an386's memory map (boards/mps2-an386/link.x): RAM starts here. A section's
# place, not its write flag, says where it lives: .rodata holds .data.rel.ro (written
# by nothing on bare metal) and so is flagged writable, yet it stays in flash.
RAM_ORIGIN = 0x20000000


def sections(path):
    """(name, type, flags, address, size) of every section of a 32-bit little-endian ELF."""
    with open(path, "rb") as f:
        data = f.read()
    if data[:4] != b"\x7fELF" or data[4] != 1 or data[5] != 1:
        sys.exit("size.py: %s is not a 32-bit little-endian ELF" % path)
    shoff, = struct.unpack_from("<I", data, 0x20)
    shentsize, shnum, shstrndx = struct.unpack_from("<HHH", data, 0x2E)
    headers = [struct.unpack_from("<IIIIII", data, shoff + i * shentsize)
               for i in range(shnum)]
    strtab_off, strtab_size = headers[shstrndx][4], headers[shstrndx][5]
    strtab = data[strtab_off:strtab_off + strtab_size]
    out = []
    for name_off, kind, flags, addr, _offset, size in headers:
        name = strtab[name_off:strtab.index(b"\0", name_off)].decode()
        out.append((name, kind, flags, addr, size))
    return out


def build(source, tmp):
    """Compiles `source` with a runtime whose board script gives an 8 KiB heap."""
    triple_dir = os.path.join(tmp, "runtime", TRIPLE)
    os.makedirs(triple_dir)
    installed = os.path.join(RUNTIME, TRIPLE)
    lib = os.path.join(installed, "libpyaot_rt.a")
    if not os.path.isfile(lib):
        sys.exit("size.py: %s is missing: run `make runtime`" % lib)
    os.symlink(lib, os.path.join(triple_dir, "libpyaot_rt.a"))
    with open(os.path.join(triple_dir, "mps2-an386.ld"), "w") as f:
        f.write("__pyaot_heap_size = %d;\n__pyaot_gc_stats = 1;\nINCLUDE \"%s\"\n"
                % (HEAP, os.path.join(installed, "mps2-an386.ld")))
    elf = os.path.join(tmp, "prog.elf")
    env = dict(os.environ, PYAOT_RUNTIME_DIR=os.path.join(tmp, "runtime"))
    proc = subprocess.run([PYAOT, "--target", TRIPLE, source, "-o", elf],
                          env=env, capture_output=True, text=True)
    if proc.returncode != 0:
        sys.exit("size.py: pyaot failed:\n" + proc.stderr)
    return elf


def kib(n):
    return "%8d bytes (%5.1f KiB)" % (n, n / 1024)


def summary(sources):
    """One line per program: flash, static RAM, and whether it ran right."""
    print("%-28s %14s %10s  %s" % ("program", "flash", "RAM static", "runs"))
    ok = True
    for source in sources:
        with tempfile.TemporaryDirectory() as tmp:
            elf = build(source, tmp)
            secs = [s for s in sections(elf) if s[2] & SHF_ALLOC and s[4] > 0]
            run = subprocess.run(QEMU + [elf], capture_output=True, stdin=subprocess.DEVNULL)
        expected = subprocess.run(["python3", source], capture_output=True).stdout
        flash = sum(s[4] for s in secs if not (s[2] & SHF_WRITE and s[3] >= RAM_ORIGIN
                                                and s[1] == SHT_NOBITS))
        ram = sum(s[4] for s in secs if s[2] & SHF_WRITE and s[3] >= RAM_ORIGIN)
        right = run.returncode == 0 and run.stdout == expected
        ok = ok and right
        print("%-28s %7d (%4.0f KiB) %10d  %s" % (os.path.relpath(source, ROOT), flash,
                                                 flash / 1024, ram, "yes" if right else "NO"))
    sys.exit(0 if ok else 1)


def main():
    if sys.argv[1:2] == ["--summary"]:
        sources = sys.argv[2:] or [os.path.join(ROOT, "testdata", "run", "hello.py")] + sorted(
            os.path.join(ROOT, "bench", "size", f)
            for f in os.listdir(os.path.join(ROOT, "bench", "size")) if f.endswith(".py"))
        summary(sources)
    source = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "testdata", "run", "hello.py")
    with tempfile.TemporaryDirectory() as tmp:
        elf = build(source, tmp)
        secs = [s for s in sections(elf) if s[2] & SHF_ALLOC and s[4] > 0]
        run = subprocess.run(QEMU + [elf], capture_output=True, stdin=subprocess.DEVNULL)
    expected = subprocess.run(["python3", source], capture_output=True).stdout
    stderr = run.stderr.decode("utf-8", "replace")

    flash = ram_static = 0
    print("%s on mps2-an386 (%s), heap %d bytes" % (os.path.relpath(source, ROOT), TRIPLE, HEAP))
    print("%-16s %8s  %s" % ("section", "bytes", "in"))
    for name, kind, flags, addr, size in secs:
        if flags & SHF_WRITE and addr >= RAM_ORIGIN:
            where = "RAM" if kind == SHT_NOBITS else "flash + RAM"
            ram_static += size
            if kind != SHT_NOBITS:
                flash += size
        else:
            where = "flash"
            flash += size
        print("%-16s %8d  %s" % (name, size, where))

    m = re.search(r"pyaot stack: (\d+) bytes", stderr)
    stack = int(m.group(1)) if m else None
    print()
    print("flash (text + rodata + data):  " + kib(flash))
    print("RAM, static (data + bss):      " + kib(ram_static))
    print("RAM, heap:                     " + kib(HEAP))
    if stack is not None:
        print("RAM, stack used (measured):    " + kib(stack))
        print("RAM, stack check margin:       " + kib(STACK_MARGIN))
        total = ram_static + HEAP + stack + STACK_MARGIN
        print("RAM in all:                    " + kib(total))
        print("RAM without the stack margin:  " + kib(total - STACK_MARGIN))
    gc = re.search(r"pyaot gc: .*", stderr)
    if gc:
        print(gc.group(0))

    ok = True
    if run.returncode != 0 or run.stdout != expected:
        print("FAIL: with an 8 KiB heap the program exited with %d and printed %r "
              "(python3 printed %r)\n%s" % (run.returncode, run.stdout, expected, stderr))
        ok = False
    else:
        print("runs with an 8 KiB heap: yes (output identical to python3's)")
    if flash >= FLASH_GOAL:
        print("flash under 64 KiB: NO, %d bytes over" % (flash - FLASH_GOAL))
    else:
        print("flash under 64 KiB: yes")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
