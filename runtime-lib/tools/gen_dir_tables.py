#!/usr/bin/env python3
"""Writes runtime-lib/src/dir_tables.rs: what CPython 3.11's `dir()` lists for
objects of the built-in types pyaot has, measured from CPython itself.

Each type is stored as its base (the type whose list it extends) and the names its
list adds to the base's, so the exception hierarchy shares one copy of
BaseException's names. The runtime (`introspect.rs`) unions the chain and sorts.

Needs rustfmt (the file is written as `cargo fmt` lays it out).
Usage: python3 runtime-lib/tools/gen_dir_tables.py [--check]
(--check: exit 1 if the file on disk differs from what would be written.)
"""

import builtins
import os
import subprocess
import sys
import types

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                   "src", "dir_tables.rs")


def sample_types():
    """(name pyaot's type object carries, CPython type) for every type listed."""
    def gen():
        yield 1

    out = [
        ("object", object), ("int", int), ("bool", bool), ("float", float),
        ("str", str), ("list", list), ("tuple", tuple), ("dict", dict),
        ("set", set), ("frozenset", frozenset), ("bytes", bytes),
        ("bytearray", bytearray), ("range", range), ("slice", slice),
        ("NoneType", type(None)), ("NotImplementedType", type(NotImplemented)),
        ("ellipsis", type(...)), ("function", types.FunctionType),
        ("builtin_function_or_method", types.BuiltinFunctionType),
        ("method", types.MethodType), ("generator", type(gen())),
        ("module", types.ModuleType), ("property", property),
        ("staticmethod", staticmethod), ("classmethod", classmethod),
        ("enumerate", enumerate), ("zip", zip), ("map", map), ("filter", filter),
        ("reversed", reversed), ("super", super), ("type", type),
        ("list_iterator", type(iter([]))),
        ("list_reverseiterator", type(reversed([]))), ("tuple_iterator", type(iter(()))),
        ("range_iterator", type(iter(range(0)))), ("set_iterator", type(iter(set()))),
        ("str_ascii_iterator", type(iter(""))), ("bytes_iterator", type(iter(b""))),
        ("bytearray_iterator", type(iter(bytearray()))),
        ("callable_iterator", type(iter(int, 1))),
        ("dict_keys", type({}.keys())), ("dict_values", type({}.values())),
        ("dict_items", type({}.items())),
    ]
    for name in dir(builtins):
        t = getattr(builtins, name)
        if isinstance(t, type) and issubclass(t, BaseException) and t.__name__ == name:
            out.append((name, t))
    return out


def base_of(t, known):
    """The nearest type in t's MRO (after t) that the table lists."""
    for b in t.__mro__[1:]:
        if b in known:
            return b
    return None


def render():
    entries = sample_types()
    known = {t: name for name, t in entries}
    lines = [
        "//! What CPython 3.11's `dir()` lists for objects of built-in types: each type's",
        "//! base in this table and the names it adds to the base's list. Written by",
        "//! runtime-lib/tools/gen_dir_tables.py from CPython itself; never edit by hand.",
        "",
        "/// `(type name, base's index or usize::MAX, names added to the base's dir)`.",
        "pub static DIR_TABLE: &[(&str, usize, &[&str])] = &[",
    ]
    order = [name for name, _ in entries]
    for name, t in entries:
        names = set(dir(t))
        b = base_of(t, known)
        if b is None:
            extra, bi = sorted(names), "usize::MAX"
        else:
            extra = sorted(names - set(dir(b)))
            bi = str(order.index(known[b]))
            # Where a type drops a name of its base, the union would be wrong.
            assert set(dir(b)) <= names, (name, set(dir(b)) - names)
        body = ", ".join('"%s"' % n for n in extra)
        lines.append('    ("%s", %s, &[%s]),' % (name, bi, body))
    lines.append("];")
    # In the layout `cargo fmt` gives it, so formatting the crate leaves it alone.
    return subprocess.run(["rustfmt", "--edition", "2021", "--emit", "stdout"],
                          input="\n".join(lines) + "\n", capture_output=True,
                          text=True, check=True).stdout


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit("the oracle must be CPython 3.11")
    text = render()
    if "--check" in sys.argv:
        with open(OUT) as f:
            if f.read() != text:
                sys.exit("dir_tables.rs is not what gen_dir_tables.py writes")
        return
    with open(OUT, "w") as f:
        f.write(text)


main()
