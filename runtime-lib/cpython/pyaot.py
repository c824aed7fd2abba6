"""pyaot: the module through which a Python program meets C, as plain Python.

pyaot interprets these names at compile time (none of them exists at run time in a
compiled program); this file gives them a meaning under CPython, so that the same
source runs with python3 (put this folder on PYTHONPATH) and compiles with pyaot:

- ``@export`` marks a module-level function that C calls: pyaot compiles a C entry
  point of the same name (declared in the header of ``--emit-header``). Under
  CPython it returns the function unchanged.
- ``@extern`` declares a C function by an annotated stub: pyaot compiles calls of it
  to calls of the C symbol of the same name. Under CPython the stub's body runs
  instead, so it can stand in for the C function in tests.
- ``i8`` ... ``u64``, ``f32``, ``f64`` are the sized C types of annotations (``int``,
  ``float``, ``bool``, ``str`` and ``None`` map to ``intptr_t``, ``double``,
  ``bool``, ``const char *`` and ``void``; a ``bytes`` parameter to two C
  parameters, ``const uint8_t *`` and ``size_t``; a class to an opaque ``pyaot_obj``).
  Under CPython they are ``int`` and ``float``.
- ``mem8``, ``mem16``, ``mem32`` read and write memory at an absolute address
  (``mem32[0x40004000] = x``); pyaot compiles each access to one load or store.
  Under CPython they act on a simulated memory, with the same checks.

Only ``call_as_c`` is for CPython alone (pyaot refuses to import it): it calls an
exported function the way C does, converting arguments and result at the boundary.
"""

__all__ = [
    "export",
    "extern",
    "i8",
    "i16",
    "i32",
    "i64",
    "u8",
    "u16",
    "u32",
    "u64",
    "f32",
    "f64",
    "mem8",
    "mem16",
    "mem32",
]

import struct as _struct


def export(f):
    """Marks a module-level function as callable from C."""
    return f


def extern(f):
    """Declares a C function; under CPython the stub's body stands in for it."""
    return f


def _int_type(name, bits, signed, cname):
    # A subclass of int, so that annotations tell the sizes apart under CPython.
    return type(name, (int,), {"__module__": __name__, "_pyaot_c": (bits, signed, cname)})


i8 = _int_type("i8", 8, True, "int8_t")
i16 = _int_type("i16", 16, True, "int16_t")
i32 = _int_type("i32", 32, True, "int32_t")
i64 = _int_type("i64", 64, True, "int64_t")
u8 = _int_type("u8", 8, False, "uint8_t")
u16 = _int_type("u16", 16, False, "uint16_t")
u32 = _int_type("u32", 32, False, "uint32_t")
u64 = _int_type("u64", 64, False, "uint64_t")
f32 = type("f32", (float,), {"__module__": __name__})
f64 = type("f64", (float,), {"__module__": __name__})

# Bits of an address and of `int` (intptr_t) on the machine CPython runs on.
_WORD_BITS = _struct.calcsize("P") * 8


def _to_int(v, bits, signed, cname):
    """v as a C integer, with the errors of the compiled conversions."""
    if not isinstance(v, int):
        raise TypeError(f"'{type(v).__name__}' object cannot be interpreted as an integer")
    lo, hi = (-(1 << (bits - 1)), (1 << (bits - 1)) - 1) if signed else (0, (1 << bits) - 1)
    if lo <= v <= hi:
        return int(v)
    if not signed and v < 0:
        raise OverflowError("can't convert negative int to unsigned")
    raise OverflowError(f"Python int too large to convert to C {cname}")


def _to_double(v):
    if isinstance(v, (int, float)):
        return float(v)
    raise TypeError(f"must be real number, not {type(v).__name__}")


def _convert(value, ann):
    """`value` converted to the C type annotation `ann` names and back to Python, as
    it crosses the boundary of an exported function."""
    if ann is None:
        return None
    c = getattr(ann, "_pyaot_c", None)
    if c is not None:
        return _to_int(value, *c)
    if ann is int:
        return _to_int(value, _WORD_BITS, True, "intptr_t")
    if ann is float or ann is f64:
        return _to_double(value)
    if ann is f32:
        try:
            return _struct.unpack("f", _struct.pack("f", _to_double(value)))[0]
        except OverflowError:
            raise OverflowError("Python float too large to convert to C float") from None
    if ann is bool:
        return bool(value)
    if ann is str:
        if not isinstance(value, str):
            raise TypeError(f"expected str, not {type(value).__name__}")
        if "\0" in value:
            raise ValueError("embedded null character")
        return value
    if ann is bytes:
        # A pointer and a length in C; a null pointer from C is None.
        if not isinstance(value, bytes):
            raise TypeError(f"expected bytes, not {type(value).__name__}")
        return value
    # Anything else crosses as a pyaot_obj handle: unchanged.
    return value


def call_as_c(f, *args):
    """Calls exported function `f` as C does: each argument and the result converted
    to the C type of its annotation, with the errors the compiled entry point
    raises (OverflowError for an int that does not fit, ...)."""
    ann = dict(f.__annotations__)
    for k, v in ann.items():
        if isinstance(v, str):
            ann[k] = eval(v, f.__globals__)
    names = f.__code__.co_varnames[: f.__code__.co_argcount]
    converted = [_convert(a, ann.get(n)) for a, n in zip(args, names)]
    return _convert(f(*converted), ann.get("return"))


# The simulated memory of mem8/16/32 under CPython: byte address -> byte, little-endian
# as both of pyaot's targets; never-written bytes read as 0.
_memory = {}


class _Accessor:
    """mem8, mem16 or mem32: `bits`-wide unsigned values at absolute addresses."""

    def __init__(self, bits):
        self._bits = bits

    def __repr__(self):
        return f"mem{self._bits}"

    def _address(self, addr):
        if not isinstance(addr, int):
            raise TypeError(f"'{type(addr).__name__}' object cannot be interpreted as an integer")
        if not 0 <= addr < 1 << _WORD_BITS:
            raise OverflowError("address out of range")
        if addr % (self._bits // 8):
            raise ValueError(f"unaligned address 0x{addr:x} for mem{self._bits}")
        return addr

    def __getitem__(self, addr):
        addr = self._address(addr)
        return sum(_memory.get(addr + i, 0) << (8 * i) for i in range(self._bits // 8))

    def __setitem__(self, addr, value):
        addr = self._address(addr)
        value = _to_int(value, self._bits, False, f"uint{self._bits}_t")
        for i in range(self._bits // 8):
            _memory[addr + i] = (value >> (8 * i)) & 0xFF


mem8 = _Accessor(8)
mem16 = _Accessor(16)
mem32 = _Accessor(32)
