# The builtin slice: construction, repr, attributes, indices(), subscripts,
# comparisons, unhashability.


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


s = slice(1, 10, 2)
print(s, repr(slice(5)), slice(None), slice("a", [1], None), str(slice(1, 2)))
print(s.start, s.stop, s.step, slice(3).start, slice(3).stop, slice(3).step)
print(type(s).__name__, isinstance(s, slice), type(s) is slice, slice)

# indices(length): CPython's clipping, on ints of any size.
print(s.indices(5), slice(None).indices(3), slice(-1, None, -1).indices(4))
print(slice(-100, 100).indices(7), slice(None, None, -2).indices(7), slice(2, 2).indices(0))
print(slice(True, False).indices(True), slice(None).indices(10**30))
print(slice(-(10**40), 10**40, -(10**50)).indices(10**30))
print(slice(5, -5, -3).indices(9), slice(-3, None).indices(2))
show("indices('a')", lambda: slice(1).indices("a"))
show("indices(-1)", lambda: slice(1).indices(-1))
show("step 0", lambda: slice(1, 2, 0).indices(3))
show("start 'a'", lambda: slice("a").indices(3))
show("step 'x'", lambda: slice(None, None, "x").indices(3))
show("indices()", lambda: slice(1).indices())
show("indices(1, 2)", lambda: slice(1).indices(1, 2))
show("indices(2.0)", lambda: slice(1).indices(2.0))

# As subscripts, the same as the a:b:c syntax.
data = [0, 1, 2, 3, 4, 5]
print(data[s], "abcdefghijk"[s], (1, 2, 3)[slice(None, None, -1)])
print(b"bytes!"[slice(1, 4)], bytearray(b"xyz")[slice(None, None, -1)])
print(range(20)[slice(2, 12, 3)], data[slice(-2, None)], data[slice(100)])
data[slice(0, 2)] = ["a", "b", "c"]
print(data)
del data[slice(None, None, 2)]
print(data)


class Seq:
    def __getitem__(self, key):
        return (type(key).__name__, key.start, key.stop, key.step, key.indices(10))


q = Seq()
print(q[1:5], q[::-1], q[slice(2)], q[:3:2])
show("bad index", lambda: [1, 2][slice("a")])
show("step zero", lambda: [1, 2][slice(None, None, 0)])

# Equality and ordering as tuples; unhashable in 3.11.
print(slice(1, 2) == slice(1, 2), slice(1, 2) != slice(1, 2, None), slice(1) == slice(None, 1))
print(slice(1, 2) < slice(1, 3), slice(2) >= slice(1), slice(1, 2) == (1, 2), s == s)
show("slice < tuple", lambda: slice(1, 2) < (1, 3))
show("None < int", lambda: slice(None) < slice(1))
show("hash", lambda: hash(slice(1)))
show("in set", lambda: {slice(1)})

# Constructor errors.
show("slice()", lambda: slice())
show("slice(4 args)", lambda: slice(1, 2, 3, 4))
show("slice(stop=)", lambda: slice(stop=3))
show("attribute", lambda: slice(1).foo)
make = slice
print(make(1, 2, 3), [make(i) for i in range(2)])
