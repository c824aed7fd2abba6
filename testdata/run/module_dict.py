# A module's __dict__: a live mapping over its globals, for reading and writing.
import mod_introspect
import mod_introspect as alias

d = mod_introspect.__dict__
print(d["label"], d["__name__"], d["Thing"] is mod_introspect.Thing)
print(sorted(k for k in d if not k[0] == "_"))
d["label"] = "changed"
print(mod_introspect.label, alias.label, alias.__dict__["label"])
mod_introspect.counter = 41
print(d["counter"], mod_introspect.bump(), d["counter"])
d["later"] = 7
print(mod_introspect.read_later(), "later" in d, len([k for k in d if k == "later"]))
del d["later"]
try:
    mod_introspect.read_later()
except NameError as e:
    print("NameError:", e)
print(d.get("nope"), d.pop("nope", "none"))
for k, v in sorted(d.items()):
    if not k.startswith("_") and isinstance(v, (int, str)):
        print(k, v)
print(mod_introspect.__dict__ is vars(mod_introspect), alias.__dict__ is d)
