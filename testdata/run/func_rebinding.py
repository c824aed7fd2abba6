def add(a, b):
    return a + b

def twice(x):
    return x * 2

def redefined():
    return "first"

print(redefined())
def redefined():
    return "second"

print(redefined())
f = add
print(f(10, 20))
g = twice
print(g(21), g("ab"))
twice = add
print(twice(1, 2), g(5))
def apply(fn, x):
    return fn(x)

print(apply(g, 4), apply(len, "four"), apply(str, 5))
