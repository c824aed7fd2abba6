# Programs of several modules: import forms, module attributes that are the
# module's own globals, `from m import *`, `__name__`, imports in functions.
print("main starts as", __name__)

import mod_counter
import mod_counter as mc
from mod_counter import bump, Tally as T, LIMIT
from mod_stars import *
from mod_public import *

print(mc is mod_counter, mod_counter.__name__, type(mod_counter).__name__)
print(bump(), bump(2), mod_counter.count, mod_counter.read())

# Rebinding a module's global from outside is seen by the module's own code.
mod_counter.count = 100
print(mod_counter.read(), mod_counter.bump())
mod_counter.extra = "set from outside"
print(mod_counter.extra)
del mod_counter.extra
print(hasattr(mod_counter, "extra"), hasattr(mod_counter, "bump"))

t = T("first")
print(t, T.made, mod_counter.Tally is T, LIMIT)
print(visible, shout("hey"))
print(pub_value, pub_function(), PubClass.__name__, math.sqrt(16))

try:
    hidden
except NameError as e:
    print("NameError:", e)
try:
    _private_value
except NameError as e:
    print("NameError:", e)
try:
    mod_counter.nothing
except AttributeError as e:
    print("AttributeError:", e)
try:
    from mod_counter import nothing
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0])


def uses_local_import():
    import mod_counter as local
    from mod_counter import read as r
    return local.bump(10), r()


print(uses_local_import(), mod_counter.count)

if __name__ == "__main__":
    print("main guard runs")
