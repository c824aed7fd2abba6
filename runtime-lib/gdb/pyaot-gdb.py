# pyaot-gdb.py: shows pyaot values in gdb as Python's repr() would print them.
#
#     (gdb) source runtime-lib/gdb/pyaot-gdb.py
#     (gdb) info locals
#     total = 6
#     name = 'total'
#     values = [1, 2, 3]
#
# Every variable of a program compiled with `pyaot -g` has the type `pyaot_obj` (one
# machine word, as in runtime-lib/include/pyaot.h); so does a C program's. This
# printer decodes such words:
#   - low bit 1: a small int (the word shifted right by one, arithmetically);
#   - 0: no value (an unbound local), shown as <unbound>;
#   - pyaot_None / pyaot_True / pyaot_False: None, True, False;
#   - otherwise a pointer to an object whose first word is its type object, whose
#     `__name__` tells what it is: str, float, tuple, list and dict are shown with
#     their contents, anything else as <TYPE object at 0x...>;
#   - a local captured by an inner function lives in a cell: the cell's content is
#     shown (<unbound> while it has none).
#
# str, float and tuple layouts are the ABI's (runtime-lib/abi/src/lib.rs, `layout`),
# a cell's is `[type][value]` (runtime-lib/src/call.rs CellObj).
# list and dict follow the runtime's own structs (runtime-lib/src/list.rs ListObj,
# runtime-lib/src/dict.rs DictObj and Entry), and a type's name is the `name: &str`
# (pointer, length) after the header of runtime-lib/src/object.rs TypeObject; if
# those change, update TYPE_NAME, LIST_* and DICT_* below. Works for both targets (8- and 4-byte words): `gdb` on the host,
# `gdb-multiarch` on a Cortex-M image.
#
# `print/r VAR` shows the raw word, as without this script.

import struct

import gdb
import gdb.printing

# How deep containers are printed, and how many items of each.
MAX_DEPTH = 3
MAX_ITEMS = 20

# TypeObject: [type][name pointer][name length]..., in words.
TYPE_NAME = 1
# ListObj: [type][len][cap][items*], in words.
LIST_LEN, LIST_ITEMS = 1, 3
# DictObj: [type][used][nentries][usable][mask][indices*][entries*], in words; each
# Entry is [hash][key][value], a deleted one with key 0.
DICT_NENTRIES, DICT_ENTRIES, ENTRY_WORDS = 2, 6, 3


class Reader:
    """Reads words and bytes of the inferior, for one word size."""

    def __init__(self, word):
        self.word = word
        self.fmt = "<Q" if word == 8 else "<I"
        self.inferior = gdb.selected_inferior()

    def bytes(self, addr, n):
        return self.inferior.read_memory(addr, n).tobytes()

    def word_at(self, addr):
        return struct.unpack(self.fmt, self.bytes(addr, self.word))[0]

    def signed(self, w):
        bits = 8 * self.word
        return w - (1 << bits) if w >> (bits - 1) else w


_symbol_addresses = {}


def symbol_address(name):
    """The address of a data symbol (no debug info needed), or None."""
    if name not in _symbol_addresses:
        try:
            _symbol_addresses[name] = int(
                gdb.parse_and_eval("(unsigned long)&'%s'" % name)
            )
        except gdb.error:
            _symbol_addresses[name] = None
    return _symbol_addresses[name]


_type_names = {}


def type_name(r, addr):
    """The `__name__` of the type object at `addr`."""
    if addr not in _type_names:
        ptr = r.word_at(addr + TYPE_NAME * r.word)
        n = r.word_at(addr + (TYPE_NAME + 1) * r.word)
        # A type's name is short; anything else means `addr` is no type object.
        name = r.bytes(ptr, n).decode("utf-8", errors="replace") if 0 < n < 256 else None
        _type_names[addr] = name
    return _type_names[addr]


def py_repr(r, w, depth=0):
    """repr() of the value in word `w`."""
    if w == 0:
        return "<unbound>"
    if w & 1:
        return str(r.signed(w) >> 1)
    for sym, text in (("pyaot_None", "None"), ("pyaot_True", "True"),
                      ("pyaot_False", "False")):
        if w == symbol_address(sym):
            return text
    try:
        kind = type_name(r, r.word_at(w))
        return object_repr(r, w, kind, depth)
    except gdb.MemoryError:
        return "<invalid object at %#x>" % w


def items_repr(r, words, depth):
    parts = [py_repr(r, x, depth + 1) for x in words[:MAX_ITEMS]]
    if len(words) > MAX_ITEMS:
        parts.append("...")
    return ", ".join(parts)


def object_repr(r, w, kind, depth):
    word = r.word
    if kind == "str":
        nbytes = r.word_at(w + 3 * word)
        data = r.bytes(w + 4 * word, nbytes) if nbytes else b""
        return repr(data.decode("utf-8", errors="replace"))
    if kind == "cell":
        # [type][value or 0]: the variable itself, as Python sees it.
        return py_repr(r, r.word_at(w + word), depth)
    if kind == "float":
        return repr(struct.unpack("<d", r.bytes(w + 8, 8))[0])
    if depth >= MAX_DEPTH and kind in ("tuple", "list", "dict"):
        return "..."
    if kind == "tuple":
        n = r.word_at(w + word)
        words = [r.word_at(w + (2 + i) * word) for i in range(min(n, MAX_ITEMS + 1))]
        inner = items_repr(r, words, depth)
        return "(%s,)" % inner if n == 1 else "(%s)" % inner
    if kind == "list":
        n = r.word_at(w + LIST_LEN * word)
        items = r.word_at(w + LIST_ITEMS * word)
        words = [r.word_at(items + i * word) for i in range(min(n, MAX_ITEMS + 1))]
        return "[%s]" % items_repr(r, words, depth)
    if kind == "dict":
        n = r.word_at(w + DICT_NENTRIES * word)
        entries = r.word_at(w + DICT_ENTRIES * word)
        parts = []
        for i in range(n):
            e = entries + i * ENTRY_WORDS * word
            key = r.word_at(e + word)
            if key == 0:
                continue
            if len(parts) == MAX_ITEMS:
                parts.append("...")
                break
            value = r.word_at(e + 2 * word)
            parts.append("%s: %s" % (py_repr(r, key, depth + 1),
                                     py_repr(r, value, depth + 1)))
        return "{%s}" % ", ".join(parts)
    return "<%s object at %#x>" % (kind or "unknown", w)


class PyaotObjPrinter:
    """Prints one pyaot_obj as Python's repr()."""

    def __init__(self, val):
        self.val = val

    def to_string(self):
        r = Reader(self.val.type.sizeof)
        return py_repr(r, int(self.val.cast(self.val.type.strip_typedefs())))


def lookup(val):
    t = val.type
    # Match the typedef itself (not what it names): plain unsigned words elsewhere
    # in the program keep printing as numbers.
    if t.code == gdb.TYPE_CODE_TYPEDEF and t.name == "pyaot_obj":
        return PyaotObjPrinter(val)
    return None


gdb.printing.register_pretty_printer(gdb.current_objfile(), lookup, replace=True)
