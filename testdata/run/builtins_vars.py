# vars(): an instance's __dict__ (the live attribute dict), a class's namespace, a
# module's namespace (live over its globals), vars() at module level and in a class
# body, and CPython's errors.
import mod_introspect


class Box:
    size = 10

    def __init__(self, v):
        self.v = v


b = Box(1)
d = vars(b)
print(d, d is b.__dict__, type(d).__name__)
b.w = 2
d["z"] = 3
print(d, b.z, sorted(d))
del d["v"]
print(hasattr(b, "v"), vars(b))
print(vars(Box(5)) == {"v": 5}, vars(Box(6)) is vars(Box(6)))

# A class's namespace (CPython hands out a read-only mappingproxy: only read it).
ns = vars(Box)
print("size" in ns, ns["size"], "v" in ns, ns["__module__"], ns["__doc__"])


class Doc:
    """Documented."""

    body = vars()
    names = sorted(body)


print(Doc.names, Doc.__doc__, Box.__doc__)

# A module's namespace: reading sees the module's current globals.
m = vars(mod_introspect)
print(m["counter"], m["label"], m["__name__"], "bump" in m, "nope" in m)
mod_introspect.bump()
print(m["counter"], mod_introspect.counter)
m["counter"] = 100
print(mod_introspect.bump(), m.get("counter"), m.get("missing", "dflt"))
m["later"] = "set from outside"
print(mod_introspect.read_later())
print(sorted(k for k in m if not k.startswith("__")))
print(sorted(k for k in m.keys() if not k.startswith("__")) == sorted(k for k in dir(mod_introspect) if not k.startswith("__")))
print(m is mod_introspect.__dict__ or m == mod_introspect.__dict__)

# vars() at module level is globals().
top = "top value"
print(vars()["top"], vars()["Box"] is Box, "m" in vars())

for bad in [1, "s", [1], None]:
    try:
        vars(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    vars(1, 2)
except TypeError as e:
    print("TypeError:", e)
