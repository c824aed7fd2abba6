"""Firmware logic in Python for the mps2-an386 board, called from C (main.c).

Python drives the board's UART itself through mem32: UART0's registers are at
0x40004000 (DATA), +4 (STATE: bit 0 = transmit buffer full).
"""

from pyaot import export, extern, mem8, mem16, mem32, i32, u8, u32

UART0_DATA = 0x40004000
UART0_STATE = 0x40004004


@extern
def read_sensor(channel: u8) -> i32:
    # The C function main.c defines; under CPython a stand-in.
    return 100 * channel - 50


@export
def uart_write(text: str) -> None:
    for ch in text:
        while mem32[0x40004004] & 1:
            pass
        mem32[0x40004000] = ord(ch)


@export
def average(channels: u8) -> i32:
    total = 0
    for ch in range(channels):
        total += read_sensor(ch)
    return total // channels


@export
def report(channels: u8) -> None:
    readings = [read_sensor(ch) for ch in range(channels)]
    uart_write(f"sensors: {readings}, max {max(readings)}\n")


@export
def fill(addr: int, words: int, seed: u32) -> None:
    # Writes a pattern into C's RAM buffer with single stores.
    x = seed
    for i in range(words):
        x = (x * 1103515245 + 12345) & 0xFFFFFFFF
        mem32[addr + 4 * i] = x


@export
def crc8(addr: int, n: int) -> u8:
    crc = 0
    for i in range(n):
        crc ^= mem8[addr + i]
        for _ in range(8):
            crc = ((crc << 1) ^ 0x07) & 0xFF if crc & 0x80 else (crc << 1) & 0xFF
    return crc


@export
def scratch() -> u32:
    # Constant addresses compile to single loads and stores. PSRAM is free here:
    # main.c gives the heap its own RAM.
    mem32[0x21F00000] = 0xCAFEF00D
    mem16[0x21F00004] = 0xBEEF
    mem8[0x21F00006] = 0x7F
    return mem32[0x21F00000] ^ mem32[0x21F00004]


@export
def scale(reading: i32, gain: float) -> float:
    return reading * gain


@export
def to_percent(x: int) -> u8:
    # Over 255: OverflowError at the C boundary, reported to C.
    return x * 100 // 255


@export
def churn(rounds: int) -> int:
    # Allocates far more than the 64 KiB heap main.c gives: the collector keeps up.
    total = 0
    for i in range(rounds):
        total += len(str(i) * 20) + len([i] * 8)
    return total
