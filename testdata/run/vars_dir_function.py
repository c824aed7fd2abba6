# vars() and dir() without arguments inside functions: CPython's locals() of the
# frame (parameters, then other locals, then captured and free variables), the
# same dict refreshed by every call, unbound names left out; class bodies inside
# functions, methods naming super (their frames hold __class__), lambdas and
# generators.


def params(a, b=2, *args, k=1, **kw):
    z = a + b
    if z < 0:
        never = 1
    return vars(), dir()


print(params(1))
print(params(1, 5, 6, 7, k=3, extra=4))


def captured(a):
    z = 1
    b = 2

    def g():
        return b + a + q

    q = 3
    d = vars()
    del d["g"]
    d["extra"] = "kept"
    names = dir()
    return list(d), d["extra"], names, g()


print(captured(10))


def outer():
    x = 1
    w = 2

    def inner(p):
        y = p
        return vars(), x, w

    return inner(5)


print(outer())


def one_dict():
    before = vars()
    x = 1
    after = vars()
    return before is after, before


print(one_dict())


def unbinding():
    for i in range(2):
        t = i
    del t
    try:
        1 / 0
    except ZeroDivisionError as e:
        msg = str(e)
    return vars()


print(unbinding())


class Resource:
    def __enter__(self):
        return "entered"

    def __exit__(self, *exc):
        return False


def with_target():
    with Resource() as res:
        inside = dir()
    return inside, vars()


print(with_target())


class Base:
    def hello(self):
        return "base"


class Child(Base):
    def uses_super(self):
        super().hello()
        return sorted(vars()), vars()["__class__"].__name__

    def plain(self, n):
        return sorted(vars())


print(Child().uses_super(), Child().plain(1))


def with_class():
    class K:
        x = 1
        seen = sorted(vars())
        listed = dir()

    return K.seen, K.listed, dir()


print(with_class())
print((lambda q, r=2: vars())(1))


def gen(n):
    for i in range(n):
        yield dir(), sorted(vars().items())


print(list(gen(3)))


def declared_global():
    global G
    G = 1
    v = 2
    return vars()


print(declared_global(), G)


def nothing_bound():
    return vars(), dir()


print(nothing_bound())


# The order of CPython's co_varnames: first mention in code generation order.
def try_order(flag):
    try:
        a = 1
        if flag:
            raise ValueError("x")
    except ValueError as e:
        b = 2
        inside = list(vars())
    else:
        c = 3
    finally:
        fin = 4
    return list(vars()), inside


print(try_order(True))


def loaded_first():
    n = 0
    while n < 2:
        if n:
            q = p
        p = n
        n += 1
    return list(vars())


print(loaded_first())


class Ctx:
    def __enter__(self):
        return (1, 2)

    def __exit__(self, *exc):
        return False


def binders(xs):
    import math
    from math import pi as PI

    @staticmethod
    def deco():
        pass

    class K(object):
        pass

    r = [t for t in xs if t]
    z = lambda w=len(xs): w
    for i, (j, k) in enumerate([(1, 2)]):
        pass
    with Ctx() as (u, v):
        pass
    match (1, [2, 3]):
        case (aa, [*bb]):
            pass
    return [k for k in vars()]


print(binders([0, 1]))
