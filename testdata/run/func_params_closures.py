# Defaults, keyword-only, positional-only, *args, **kwargs, keyword calls,
# f(*a, **k), closures with nonlocal, lambdas, nested functions, binding errors.
def greet(name, greeting="Hello", *, punct="!"):
    return greeting + ", " + name + punct

print(greet("Ada"), greet("Bob", "Hi"), greet("Cy", punct="?"), greet(greeting="Yo", name="Di"))

def total(*nums, scale=1):
    s = 0
    for n in nums:
        s += n
    return s * scale

print(total(), total(1, 2, 3), total(1, 2, scale=10))

def kw(**opts):
    items = list(opts.items())
    items.sort()
    return items

print(kw(b=2, a=1))

def pos_only(a, b, /, c):
    return a + b + c

print(pos_only(1, 2, c=3))
args = [1, 2]
print(total(*args, 5), pos_only(*args, **{"c": 10}))

def make_counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc

c = make_counter()
print(c(), c(), c(5))

square = lambda x: x * x
print(square(7), (lambda: "no args")())

def outer(x):
    def middle():
        def inner():
            return x * 2
        return inner()
    return middle()
print(outer(21))

def late():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return [fs[0](), fs[1](), fs[2]()]
print(late())

try:
    greet()
except TypeError as e:
    print(e)
try:
    greet("a", "b", "c")
except TypeError as e:
    print(e)
try:
    greet("a", nope=1)
except TypeError as e:
    print(e)
try:
    pos_only(1, b=2, c=3)
except TypeError as e:
    print(e)
try:
    total(scale=1, scale2=2)
except TypeError as e:
    print(e)
def f3(a, b, c):
    return a
try:
    f3()
except TypeError as e:
    print(e)
