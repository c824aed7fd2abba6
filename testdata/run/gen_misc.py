# Generators with lambdas, super(), with blocks, try/finally, decorators, keyword
# parameters, and the builtins and methods that consume iterables.

g = (lambda: (yield 1))()
print(next(g), list(g))
lg = lambda n: (yield from range(n))
print(list(lg(3)))

class Base:
    def items(self):
        yield "base"

class Child(Base):
    def items(self):
        yield "child"
        yield from super().items()

print(list(Child().items()))

class Ctx:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, *a):
        print("exit", self.name, a[0].__name__ if a[0] else None)
        return False

def with_gen():
    with Ctx("a"):
        yield 1
        with Ctx("b"):
            yield 2
    yield 3

print(list(with_gen()))
w = with_gen()
next(w); next(w)
w.close()
print("closed")

def keyed():
    yield "banana"
    yield "Apple"
    yield "cherry"
print(sorted(keyed(), key=lambda s: s.lower()))
l = [0]
l.extend(x for x in range(3))
print(l)
d = {}
d.update((str(i), i) for i in range(3))
print(d)
print("-".join(keyed()))
print(list(map(len, keyed())), list(filter(lambda s: "a" in s, keyed())))
a, *b = keyed()
print(a, b)
def f(*args): return args
print(f(*keyed()))
print(next((x for x in []), "empty"))

def gen_finally():
    try:
        yield 1
        return 5
    finally:
        print("finally runs")
g = gen_finally()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("value", e.value)

def gen_try_yield():
    for i in range(3):
        try:
            yield i
            if i == 1:
                raise ValueError(i)
        except ValueError as e:
            yield "handled " + str(e)
        finally:
            yield "finally " + str(i)
print(list(gen_try_yield()))

def countdown(n):
    while n > 0:
        received = yield n
        if received:
            n = received
        else:
            n -= 1
c = countdown(5)
print(next(c), next(c), c.send(10), next(c))

def deco(fn):
    def wrapper(*a, **k):
        print("calling", fn.__name__ if hasattr(fn, "__name__") else "?")
        return fn(*a, **k)
    return wrapper

@deco
def decorated(n):
    yield from range(n)
print(list(decorated(3)))

def gkw(a, *, b=2, **rest):
    yield a + b
    yield sorted(rest.items())
print(list(gkw(1)), list(gkw(1, b=5, z=3)))
try:
    gkw()
except TypeError as e:
    print(e)
def gpos(a, b):
    yield a
try:
    gpos(1)
except TypeError as e:
    print(e)
