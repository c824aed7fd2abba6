# CPython 3.11's wording of errors: augmented operators, the context manager
# protocol, slice assignment, and binding errors named by qualified name.
def t(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
def a():
    x = 1
    x += "a"
def b():
    with 5:
        pass
def c():
    x = [1, 2]
    x[1:2] = 5
class Q:
    def __init__(self, a): pass
    def m(self, b): pass
def d():
    Q()
def e():
    Q(1).m()
def f():
    x = [1]
    x -= 1
def g():
    s = "a"
    s *= "b"
def h():
    x = (1,)
    x[0] = 2
def i():
    x = {}
    x.nope
def j():
    class K:
        def __enter__(self): return 1
    with K():
        pass
for fn in (a, b, c, d, e, f, g, h, i, j):
    t(fn)
def o():
    def i(a): pass
    i()
try:
    o()
except TypeError as e: print(e)
class A:
    def m(self, x): pass
try:
    A().m(1, 2)
except TypeError as e: print(e)
try:
    A().m(y=2)
except TypeError as e: print(e)
try:
    A.m()
except TypeError as e: print(e)
f = lambda: 0
try:
    f(1)
except TypeError as e: print(e)
x = [1, 2, 3]
try:
    x[0:1] = 5
except TypeError as e:
    print(e)
try:
    x[::2] = 5
except TypeError as e:
    print(e)
x[1:] = "ab"
print(x)
