# Generator functions: iteration, next(), return values in StopIteration, infinite
# generators stopped by hand, generator objects as values.


def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "counted " + str(n)


def fibonacci():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def take(n, gen):
    out = []
    for x in gen:
        if len(out) == n:
            break
        out.append(x)
    return out


def empty():
    return
    yield


def with_params(a, b=10, *rest, scale=1, **extra):
    yield a * scale
    yield b * scale
    for r in rest:
        yield r * scale
    for k in sorted(extra):
        yield k + "=" + str(extra[k])


for x in count_up(4):
    print("x =", x)

g = count_up(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration:", e.value, e.args)
try:
    next(g)
except StopIteration as e:
    print("again:", e.value, e.args)
print(next(g, "default"))

print(take(12, fibonacci()))
f = fibonacci()
for _ in range(50):
    big = next(f)
print("fib(50) =", big)

print(list(empty()), list(count_up(0)))
print(list(with_params(1)), list(with_params(1, 2, 3, 4, scale=3, z=1, y=2)))

# Each call makes an independent generator.
g1, g2 = count_up(3), count_up(3)
print(next(g1), next(g1), next(g2), next(g1))

# Generators are their own iterators.
g = count_up(3)
print(iter(g) is g, type(g).__name__, g.__name__, g.__qualname__)
print(repr(g).startswith("<generator object count_up at 0x"))
print(bool(g), g.gi_running)

# Iterating a generator partway, then finishing it in a for loop.
g = count_up(5)
next(g)
next(g)
print([x for x in g])
print(list(g))

# Unpacking, enumerate, zip and builtins over generators.
a, b, c = count_up(3)
print(a, b, c)
print(list(enumerate(count_up(3), 1)))
print(list(zip(count_up(3), fibonacci())))
print(sum(count_up(101)), max(count_up(7)), min(fibonacci().__next__() for _ in range(3)))
print(sorted(count_up(5), reverse=True), tuple(count_up(3)))
print(dict(zip(count_up(3), "abc")))
print(", ".join(str(x) for x in count_up(4)))
print(3 in count_up(5), 9 in count_up(5))


def nested_defs(n):
    def helper(k):
        return k * k

    for i in range(n):
        yield helper(i)


print(list(nested_defs(5)))


def closure_counter(step):
    total = 0

    def bump():
        nonlocal total
        total += step
        return total

    while total < 10:
        yield bump()


print(list(closure_counter(3)))
