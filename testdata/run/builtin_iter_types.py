# enumerate, zip, map, filter and reversed are classes.


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


for cls in (enumerate, zip, map, filter, reversed):
    print(cls, cls.__name__, type(cls).__name__, type(cls) is type, callable(cls))

print(isinstance(map(str, [1]), map), isinstance(zip(), zip), isinstance(filter(None, []), filter))
print(isinstance(enumerate([]), enumerate), isinstance(reversed((1, 2)), reversed))
print(isinstance(reversed("ab"), reversed), isinstance(map(str, []), filter))
print(type(enumerate("a")).__name__, type(zip()) is zip, type(reversed((1,))).__name__)
print(issubclass(map, object), isinstance(map, type))

# Calls through the classes as values.
mk = [enumerate, zip, map, filter, reversed]
print(list(mk[0]("ab", 1)), list(mk[1]("ab", "cd")), list(mk[2](abs, [-1, -2])))
print(list(mk[3](None, [0, 1, 2])), list(mk[4]((1, 2, 3))), list(mk[4]("xyz")))
e = enumerate
z = zip
print(list(e("ab", start=5)), list(z("ab", (1, 2), strict=True)))
show("zip strict", lambda: list(z("ab", (1,), strict=True)))
show("map()", lambda: map())
show("reversed(1)", lambda: reversed(1))
show("enumerate(x=)", lambda: e(x=1))


class Seq:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10


print(list(reversed(Seq())), type(reversed(Seq())).__name__)


class Backwards:
    def __reversed__(self):
        return iter("cba")


class Short:
    def __len__(self):
        return 5

    def __getitem__(self, i):
        if i > 2:
            raise IndexError(i)
        return i


print(list(reversed(Backwards())), list(reversed(Short())), list(reversed(())))
r = reversed((1, 2))
print(next(r), next(r), next(r, "done"), list(reversed("añ😀")))
show("reversed(set)", lambda: reversed({1}))
show("reversed(dict_values)", lambda: list(reversed({1: 2}.values())))
