def add(a, b):
    return a + b

def greet(name):
    print("hello,", name)

def no_args():
    return 42

def many(a, b, c, d, e, f, g, h):
    return a + 2 * b + 3 * c + 4 * d + 5 * e + 6 * f + 7 * g + 8 * h

def pair(a, b):
    return (b, a)

def sign(x):
    if x < 0:
        return -1
    if x > 0:
        return 1
    return 0

print(add(2, 3), add("a", "b"), add([1], [2]), add(1.5, 2))
r = greet("pyaot")
print(r)
print(no_args(), many(1, 2, 3, 4, 5, 6, 7, 8))
print(pair(1, 2), sign(-9), sign(0), sign(4))
def uses_later():
    return defined_later() + 1

def defined_later():
    return 10

print(uses_later())
def compose(x):
    return add(add(x, x), no_args())

print(compose(5))
def loop_return(xs):
    for x in xs:
        if x > 2:
            return x
    return None

print(loop_return([1, 2, 3, 4]), loop_return([]))
