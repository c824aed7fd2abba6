"""A signal-processing helper written in Python and called from C (main.c).

Compiled with `pyaot -c filter.py -o filter.o --emit-header filter.h`; the same file
runs under CPython (PYTHONPATH=../../runtime-lib/cpython), where check_filter.py drives it.
"""

from pyaot import export, extern, mem8, u8, u32

THRESHOLD = 100


@extern
def report(level: u8, text: str) -> None:
    # The C function main.c defines; under CPython this stand-in prints what it does.
    print(f"  [C] level {level}: {text}")


@export
def clamp(x: int, lo: int, hi: int) -> int:
    return max(lo, min(x, hi))


@export
def smooth(prev: float, sample: float, alpha: float) -> float:
    return prev + alpha * (sample - prev)


@export
def describe(name: str, value: float) -> str:
    return f"{name.upper()} = {value:.3f}"


@export
def ramp(n: int) -> list:
    return [i * i for i in range(n)]


@export
def mean(xs: list) -> float:
    return sum(xs) / len(xs)


@export
def histogram(xs: list) -> dict:
    counts = {}
    for x in xs:
        counts[x % 3] = counts.get(x % 3, 0) + 1
    return counts


@export
def to_level(x: int) -> u8:
    # An int that does not fit uint8_t raises OverflowError at the C boundary.
    return x // 4


@export
def ratio(a: int, b: int) -> float:
    return a / b


@export
def scan(samples: list) -> int:
    # Calls back into C for each sample over the threshold.
    over = 0
    for i, s in enumerate(samples):
        if s > THRESHOLD:
            over += 1
            report(min(s // THRESHOLD, 255), f"sample {i} is {s}")
    return over


@export
def scaler(k: float) -> object:
    # A Python callable handed to C, which calls it with pyaot_call.
    return lambda x: x * k


@export
def checksum(addr: int, n: int) -> u32:
    # Reads C's buffer byte by byte at its address.
    total = 0
    for i in range(n):
        total = (total * 31 + mem8[addr + i]) & 0xFFFFFFFF
    return total


@export
def crc8(data: bytes) -> u8:
    # A buffer from C: a pointer and a length there, bytes here (CRC-8, polynomial 0x07).
    crc = 0
    for b in data:
        crc ^= b
        for _ in range(8):
            crc = ((crc << 1) ^ 0x07) & 0xFF if crc & 0x80 else (crc << 1) & 0xFF
    return crc


@export
def hexdump(data: bytes) -> str:
    return data.hex(" ")


@export
def greet() -> None:
    print("hello from Python")
