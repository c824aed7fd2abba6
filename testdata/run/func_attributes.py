# Function attributes (__name__, __qualname__, __module__, __doc__, __dict__, any
# attribute set on them) and classes qualified by the module that defines them.
import mod_counter


def documented(a, b=2):
    """Adds things."""
    return a + b


def plain():
    pass


print(documented.__name__, documented.__qualname__, documented.__module__)
print(repr(documented.__doc__), plain.__doc__, documented(1))
documented.tag = "t"
documented.__name__ = "renamed"
print(documented.tag, documented.__name__, documented.__dict__, plain.__dict__)
print(mod_counter.bump.__module__, mod_counter.bump.__name__)


class K:
    def m(self):
        "method doc"

    class Inner:
        pass


print(K, K.m.__qualname__, K.m.__doc__, K.__module__, K.Inner.__module__)
print(mod_counter.Tally, mod_counter.Tally.__module__, mod_counter.Tally("x"))
print(type(mod_counter.Tally("y")), type(K()).__name__)
try:
    plain.missing
except AttributeError as e:
    print(e)


def deco(f):
    def wrapper(*args):
        return f(*args) * 10

    wrapper.__name__ = f.__name__
    wrapper.__doc__ = f.__doc__
    wrapper.__wrapped__ = f
    return wrapper


@deco
def triple(x):
    "Triples."
    return 3 * x


print(triple(2), triple.__name__, triple.__doc__, triple.__wrapped__(2), triple.__qualname__)
