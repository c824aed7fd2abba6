# Import forms for the built-in modules; imports inside functions bind locals.
import math
import math as m, sys
from math import sqrt, pi as PI
from math import (floor,
                  ceil)

print(math is m, m.sqrt(9), sqrt(16), PI == math.pi, floor(2.5), ceil(2.5))


def local_import():
    import math as inner
    from math import factorial as fact
    return inner.gcd(12, 8), fact(5)


print(local_import())

try:
    math.nothing
except AttributeError as e:
    print("AttributeError:", e)

try:
    raise ModuleNotFoundError("no luck")
except ImportError as e:
    print(type(e).__name__, e, isinstance(e, ImportError))

f = math.hypot
print(f(5, 12), math.isclose(1.0, 1.0 + 1e-12), math.isclose(a=1.0, b=1.01, rel_tol=0.1))
mods = [math, sys]
print(mods[0].floor(7.9), type(math).__name__)

def uses_global():
    return math.factorial(6) + m.factorial(3)

print(uses_global())
