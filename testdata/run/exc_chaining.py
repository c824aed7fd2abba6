# __context__ and __cause__: set by raising in a handler, by raise ... from, and
# cleared when a handler is left; with and finally exits count as handlers.
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise KeyError("bad key") from e

def handler():
    try:
        1 / 0
    except ZeroDivisionError:
        parse("x")

try:
    handler()
except KeyError as k:
    print("cause:", repr(k.__cause__), "context:", repr(k.__context__), k.__suppress_context__)
    print("cause context:", repr(k.__cause__.__context__))

try:
    try:
        {}["a"]
    except KeyError:
        raise ValueError("inner") from None
except ValueError as v:
    print(v.__cause__, repr(v.__context__), v.__suppress_context__)

def leave_by_return():
    try:
        1 / 0
    except ZeroDivisionError:
        return "returned"

print(leave_by_return())
try:
    raise TypeError("fresh")
except TypeError as t:
    print("fresh context:", t.__context__)
for i in range(2):
    try:
        [][1]
    except IndexError:
        continue
try:
    raise OSError("after loop")
except OSError as o:
    print("after loop context:", o.__context__)

class Ctx:
    def __enter__(self): return self
    def __exit__(self, *a):
        raise RuntimeError("exit failed")

try:
    with Ctx():
        raise ValueError("in with")
except RuntimeError as r:
    print("with:", repr(r.__context__))

try:
    try:
        raise ValueError("a")
    finally:
        print("finally runs")
except ValueError as e:
    print("caught", e, e.__context__)

def outer():
    try:
        raise KeyError("k1")
    except KeyError:
        inner()

def inner():
    raise ValueError("from inner")

try:
    outer()
except ValueError as e:
    print("callee context:", repr(e.__context__))
