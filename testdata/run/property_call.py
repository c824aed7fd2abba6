# property(fget, fset, fdel, doc) called as a function: __doc__, fget/fset/fdel,
# getter/setter/deleter copies; staticmethod/classmethod as functions.


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


class C:
    def __init__(self):
        self._x = 1

    def getx(self):
        "the x value"
        return self._x

    def setx(self, v):
        self._x = v * 2

    def delx(self):
        print("deleting x")
        del self._x

    x = property(getx, setx, delx, "doc of x")
    y = property(getx)
    z = property(fget=getx, doc="z doc")
    w = property(None, setx)

    def sm(a):
        return a + 1

    sm = staticmethod(sm)

    def cm(cls):
        return cls.__name__

    cm = classmethod(cm)


c = C()
c.x = 5
print(c.x, c.y, c.z, C.sm(1), c.cm(), C.cm())
print(C.x.__doc__, C.y.__doc__, C.z.__doc__, C.w.__doc__)
print(C.x.fget is C.getx, C.x.fset is C.setx, C.x.fdel is C.delx, C.y.fset, C.y.fdel)
del c.x
show("after del", lambda: c.x)
c.w = 4
print(c._x)
show("no getter", lambda: c.w)


def set_y():
    c.y = 3


show("no setter", set_y)

# getter/setter/deleter copy the property; None keeps a function.
p = property(C.getx)
p2 = p.setter(C.setx)
p3 = p2.deleter(C.delx).getter(None)
print(p2 is p, p2.fset is C.setx, p3.fget is C.getx, p3.fdel is C.delx)
print(p.__doc__, p2.__doc__, property(C.setx).getter(C.getx).__doc__)
print(property(C.getx, doc="given").setter(C.setx).__doc__)
print(property(lambda s: 0).__doc__, property().__doc__, property().fget)
print(property(C.getx, doc=None).__doc__, property(doc="only").__doc__)
print(type(p).__name__, isinstance(p, property), type(p.setter).__name__)
show("setter()", lambda: p.setter())
show("setter(1, 2)", lambda: p.setter(1, 2))

# Errors of the constructor.
show("5 args", lambda: property(1, 2, 3, 4, 5))
show("bad keyword", lambda: property(fget=C.getx, foo=1))
show("twice", lambda: property(C.getx, fget=C.getx))


class D:
    def _get(self):
        return "got"

    def _set(self, v):
        print("set", v)

    v = property(_get).setter(_set)
    u = property(doc="no functions")


d = D()
d.v = 1
print(d.v, D.u.__doc__)
show("u", lambda: d.u)
