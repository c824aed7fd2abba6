"""filter.py under CPython, driven as main.c drives it and printing the same lines:
tests/c_interop.rs compares this output and the C program's with expected.txt.

    python3 examples/c-host/check_filter.py
"""

import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [here, os.path.join(here, "..", "..", "runtime-lib", "cpython")]

import pyaot  # noqa: E402
import filter as f  # noqa: E402

c = pyaot.call_as_c

print(f"clamp(150, 0, 100) = {c(f.clamp, 150, 0, 100)}")
print(f"clamp(-5, 0, 100) = {c(f.clamp, -5, 0, 100)}")
y = 0.0
for _ in range(4):
    y = c(f.smooth, y, 10.0, 0.5)
print(f"smooth x4 = {y:.4f}")
print(c(f.describe, "gain", 1.0 / 3.0))
squares = c(f.ramp, 5)
print(f"ramp(5) has {len(squares)} items:", *squares)
xs = [40, 180, 75, 320, 99, 101]
print(f"mean = {c(f.mean, xs):.4f}")
counts = c(f.histogram, xs)
for k in range(3):
    print(f"histogram[{k}] = {counts[k]}")
print("scan:")
print(f"scan found {c(f.scan, xs)}")
print(f"scaler(3.0)(2.5) = {c(f.scaler, 3.0)(2.5):.1f}")
# C's buffer, at some address of the simulated memory.
for i, b in enumerate(b"pyaot"):
    pyaot.mem8[0x1000 + i] = b
print(f'checksum("pyaot") = {c(f.checksum, 0x1000, 5)}')
print(f'crc8("123456789") = 0x{c(f.crc8, b"123456789"):02x}')
print(f"hexdump(packet) = {c(f.hexdump, bytes([0xDE, 0xAD, 0x00, 0xBE, 0xEF]))}")
for call, args, failure in [(f.to_level, (2000,), "255"), (f.ratio, (1, 0), "-1.0")]:
    try:
        c(call, *args)
    except Exception as e:
        print(f"{call.__name__}{args if len(args) > 1 else f'({args[0]})'} returned {failure} and it raised {e!r}")
print(f"to_level(400) = {c(f.to_level, 400)}")
f.greet()
print("done")
