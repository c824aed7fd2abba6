# globals(): the module's namespace, read and written through the mapping; a
# function sees globals set through it, and globals() inside a function is the
# module's.
counter = 1
name = "pyaot"


def show():
    return counter, name


def from_inside():
    g = globals()
    g["counter"] = g["counter"] + 10
    return g["name"], "show" in g, "g" in g


g = globals()
print(g["counter"], g["name"], g["__name__"], "show" in g, "missing" in g)
g["counter"] = 5
print(counter, show())
counter = 6
print(g["counter"], g.get("counter"), g.get("missing"), g.get("missing", 0))
print(from_inside(), counter)
g["fresh"] = [1, 2]
print(fresh, globals()["fresh"] is fresh)
print(g.setdefault("fresh", None), g.setdefault("other", "dflt"), other)
g.update({"counter": 0, "extra": "x"}, )
print(counter, extra)
print(g.pop("extra"), g.pop("extra", "gone"))
try:
    print(extra)
except NameError as e:
    print("NameError:", e)
try:
    g["never_set"]
except KeyError as e:
    print("KeyError:", e)
print(sorted(k for k in g if not k.startswith("__")))
print(sorted(k for k, v in g.items() if isinstance(v, int) and not k.startswith("__")))
print([k for k in g.keys() if k == "name"], "pyaot" in g.values())
items = dict(g)
print(items["name"], type(items).__name__)
for key in ("a1", "a2", "a3"):
    globals()[key] = key.upper()
print(a1, a2, a3)
del g["a2"]
try:
    print(a2)
except NameError as e:
    print("NameError:", e)
print(globals() is globals(), vars() is globals(), g is globals())
