# Property errors, class reprs and instance reprs name the qualified name of the
# class (`Outer.C`, `f.<locals>.C`), as CPython 3.11 does; `__qualname__` and
# `__name__` are set apart.
class Outer:
    class C:
        @property
        def p(self):
            return 1

        q = property()

        def get(self):
            return 2

        r = property(get)

    class Middle:
        class Deep:
            @property
            def v(self):
                return 3


c = Outer.C()
attempts = [
    ("c.p = 1", lambda: setattr(c, "p", 1)),
    ("del c.p", lambda: delattr(c, "p")),
    ("c.q", lambda: c.q),
    ("c.q = 1", lambda: setattr(c, "q", 1)),
    ("del c.q", lambda: delattr(c, "q")),
    ("c.r = 5", lambda: setattr(c, "r", 5)),
    ("del c.r", lambda: delattr(c, "r")),
    ("deep.v = 0", lambda: setattr(Outer.Middle.Deep(), "v", 0)),
]
for text, attempt in attempts:
    try:
        attempt()
    except AttributeError as e:
        print(text, "->", e)


def factory():
    class Local:
        @property
        def p(self):
            return 1

    return Local()


try:
    factory().p = 1
except AttributeError as e:
    print(e)
print(Outer.C.__qualname__, Outer.C.__name__, Outer.Middle.Deep.__qualname__)
print(Outer.C, factory().__class__)
print(repr(c).split(" object")[0], repr(factory()).split(" object")[0])
Outer.C.__qualname__ = "Renamed"
print(Outer.C.__name__, Outer.C.__qualname__, Outer.C)
Outer.C.__name__ = "Short"
print(Outer.C.__name__, Outer.C.__qualname__, Outer.C)
try:
    c.p = 2
except AttributeError as e:
    print(e)
try:
    c.missing
except AttributeError as e:
    print(e)


class Top:
    @property
    def p(self):
        return 1


try:
    Top().p = 1
except AttributeError as e:
    print(e)
print(Top.__qualname__, Top)
