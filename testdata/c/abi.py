# Every C type across the boundary both ways, on both targets: C (abi.c) calls the
# @export functions, Python calls the @extern ones, which abi.c defines. All the
# printing is Python's, so the output is the same on the host and on the board
# (abi.out). The header this module produces is checked too (abi.h).
from pyaot import export, extern, i8, i16, i32, i64, u8, u16, u32, u64, f32, f64
from pyaot import mem8, mem16, mem32


@extern
def c_mix(a: i8, b: i64, c: u16, d: f64, e: i32, f: f32, g: u64, h: int, i: f64, j: u8) -> f64:
    ...


@extern
def c_sum7(a: int, b: int, c: int, d: int, e: int, f: int, g: int) -> i64:
    ...


@extern
def c_pairs(a: i32, b: i64, c: i64, d: i32, e: i64) -> i64:
    ...


@extern
def c_upper(s: str) -> str:
    ...


@extern
def c_neg(x: i16) -> i16:
    ...


@extern
def c_not(x: bool) -> bool:
    ...


@extern
def c_half(x: f32) -> f32:
    ...


@extern
def c_max_u64() -> u64:
    ...


@extern
def c_null_str() -> str:
    ...


@extern
def c_nothing() -> None:
    ...


@extern
def c_same(o: object) -> object:
    ...


@extern
def c_null_obj() -> object:
    ...


@export
def py_mix(a: i8, b: i64, c: u16, d: f64, e: i32, f: f32, g: u64, h: int, i: f64, j: u8) -> f64:
    print("py_mix", a, b, c, d, e, f, g, h, i, j)
    return a + b + c + d + e + f + g + h + i + j


@export
def py_many(a: int, b: int, c: int, d: int, e: int, f: int, g: int, h: int) -> int:
    print("py_many", a, b, c, d, e, f, g, h)
    return a - b + c - d + e - f + g - h


@export
def py_pairs(a: i32, b: i64, c: i64, d: i32, e: i64) -> i64:
    print("py_pairs", a, b, c, d, e)
    return a + b + c + d + e


@export
def py_narrow(a: i8, b: u8, c: i16, d: u16, e: u32, f: bool) -> i32:
    print("py_narrow", a, b, c, d, e, f)
    return a + b + c + d + (e & 0xFF) + f


@export
def py_str(s: str, n: u8) -> str:
    return s * n


@export
def py_bool(x: int) -> bool:
    return x > 0


@export
def py_list(n: int) -> list:
    return list(range(n))


@export
def py_sum(xs: list) -> int:
    return sum(xs)


@export
def py_keys(d: dict) -> list:
    return sorted(d)


@export
def adder(k: int) -> object:
    return lambda x: x + k


@export
def py_void(msg: str) -> None:
    print(msg)


@export
def py_raise(kind: int) -> f32:
    if kind == 0:
        raise ValueError("bad kind")
    return 1 / kind


@export
def calls_into_c() -> None:
    print(c_mix(-5, -(1 << 40), 65535, 0.25, -70000, 1.5, (1 << 64) - 1, -123, 2.75, 255))
    print(c_sum7(1, 2, 3, 4, 5, 6, 7))
    print(c_pairs(-1, 1 << 33, -(1 << 35), 7, 5))
    print(c_upper("pyaot ok"))
    print(c_neg(1234), c_neg(-32767))
    print(c_not(True), c_not(0), c_not([]))
    print(c_half(3.0), c_half(2))
    print(c_max_u64())
    print(c_null_str())
    print(c_nothing())
    xs = [1, 2]
    print(c_same(xs) is xs)
    for bad in (40000, 2.5, "x"):
        try:
            c_neg(bad)
        except (OverflowError, TypeError) as e:
            print(type(e).__name__ + ":", e)
    try:
        c_max_u64() + c_sum7(-1, 2, 3, 4, 5, 6, 1 << 70)
    except OverflowError as e:
        print("OverflowError:", e)
    try:
        c_upper("a\0b")
    except ValueError as e:
        print("ValueError:", e)
    try:
        c_upper(5)
    except TypeError as e:
        print("TypeError:", e)
    try:
        c_half(1e300)
    except OverflowError as e:
        print("OverflowError:", e)
    try:
        c_null_obj()
    except RuntimeError as e:
        print("RuntimeError:", e)


@export
def mem_test(addr: int) -> None:
    # C's 16-byte buffer at `addr` (a small int on the host, a big int on the board).
    mem32[addr] = 0xF00DCAFE
    mem32[addr + 4] = 7
    mem16[addr + 8] = 0xBEEF
    mem8[addr + 10] = 0x80
    mem8[addr + 11] = True
    print(hex(mem32[addr]), mem32[addr + 4], hex(mem16[addr + 8]), mem8[addr + 10], mem8[addr + 11])
    print(hex(mem8[addr]), hex(mem16[addr + 2]), hex(mem32[addr + 8]))
    mem32[addr + 4] |= 1 << 31
    mem32[addr + 4] += 1
    mem16[addr + 8] -= 0xBE00
    print(hex(mem32[addr + 4]), hex(mem16[addr + 8]))
    i = 12
    while i < 16:
        mem8[addr + i] = i
        i += 1
    print(mem32[addr + 12] == 0x0F0E0D0C)
    for value in (1 << 32, -1, 2.0):
        try:
            mem32[addr] = value
        except (OverflowError, TypeError) as e:
            print(type(e).__name__ + ":", e)
    for value in (256, -5):
        try:
            mem8[addr] = value
        except OverflowError as e:
            print("OverflowError:", e)
    for where in (addr + 2, addr + 1, -4, "x"):
        try:
            mem32[where]
        except (ValueError, OverflowError, TypeError) as e:
            print(type(e).__name__ + ":", str(e).replace(hex(addr + 1), "addr+1").replace(hex(addr + 2), "addr+2"))
    print(hex(mem32[addr]))


# bytes: a pointer and a length in C, two C parameters for one Python one.
@extern
def c_weigh(data: bytes, salt: u8) -> u32:
    ...


@extern
def c_weigh_late(a: int, b: int, c: int, d: int, e: int, data: bytes) -> int:
    ...


@export
def py_bytes(tag: u8, data: bytes, n: int) -> int:
    print("py_bytes", tag, data, n)
    return -1 if data is None else len(data) * n


@export
def py_bytes_late(a: int, b: int, c: int, d: int, e: int, data: bytes, f: i64) -> i64:
    print("py_bytes_late", a, b, c, d, e, data, f)
    return len(data) + a + f


@export
def bytes_into_c() -> None:
    print(c_weigh(b"\x00\x01ab\xff", 7), c_weigh(b"", 255))
    print(c_weigh_late(1, 2, 3, 4, 5, b"\x10\x20\x30"))
    for bad in ("ab", bytearray(b"ab"), None):
        try:
            c_weigh(bad, 1)
        except TypeError as e:
            print("TypeError:", e)
