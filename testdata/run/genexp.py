# Generator expressions: lazy, their own scope, the first iterable evaluated at once,
# consumed by the builtins, early exit, nesting and closures.

nums = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
print(sum(x * x for x in nums))
print(any(x > 8 for x in nums), any(x > 9 for x in nums))
print(all(x > 0 for x in nums), all(x > 1 for x in nums))
print(",".join(str(x) for x in nums if x % 2))
print(sorted(x for x in nums if x > 3))
print(sorted((-x for x in nums), reverse=True))
print(list(x for x in range(5)), tuple(c.upper() for c in "abc"))
print(dict((w, len(w)) for w in ["one", "three", "five"]))
print(max(len(w) for w in ["a", "abc", "ab"]), min(x for x in nums))
print(list(enumerate(x * 2 for x in range(3))))
print(sum(x * y for x in range(4) for y in range(4) if x != y))
print(list((x, y) for x in range(3) if x for y in "ab"))
print(sum(1 for line in ["a", "", "b"] if line))

# Lazy: nothing runs until asked, and it runs one item at a time.
def noisy(xs):
    for x in xs:
        print("  producing", x)
        yield x


g = (x * 10 for x in noisy([1, 2, 3]))
print("made the generator")
print(next(g))
print("between")
print(list(g))

# any() stops at the first true item: the rest is never produced.
print(any(x == 2 for x in noisy([1, 2, 3, 4])))
print(all(x < 2 for x in noisy([1, 2, 3, 4])))
print(next((x for x in nums if x > 4), None), next((x for x in nums if x > 99), None))

# The first iterable is evaluated (and iter() called) right away.
try:
    g = (x for x in 42)
except TypeError as e:
    print("TypeError:", e)
late = [1, 2]
g = (x for x in late)
late = [7, 8, 9]
print(list(g))

# Other names are looked up when the generator runs (late binding).
factor = 2
g = (x * factor for x in range(3))
factor = 100
print(list(g))

# Its variables do not leak, and do not disturb the enclosing ones.
x = "outer x"
print(list(x for x in range(2)), x)


def scaled(xs, k):
    return (x * k for x in xs if x % k)


print(list(scaled(range(10), 3)))


def counters():
    # Generator expressions capturing a variable of the enclosing function.
    base = 10
    g = (base + i for i in range(3))
    base = 20
    return list(g)


print(counters())

# Nested generator expressions.
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(list(sum(row) for row in matrix))
print(list(list(r[i] for r in matrix) for i in range(3)))
print(sum(sum(x for x in row if x % 2) for row in matrix))
gen_of_gens = ((i * j for j in range(3)) for i in range(3))
print([list(g) for g in gen_of_gens])

# Closures inside a generator expression see its variables.
fs = list((lambda: i) for i in range(3))
print([f() for f in fs])

# A generator expression over a generator expression.
evens = (n for n in range(20) if n % 2 == 0)
squares = (n * n for n in evens)
print(list(squares))
print(list(squares))

# In a class body, the generator sees the class's names only through its first
# iterable.
class Table:
    sizes = [3, 4]
    total = sum(s * s for s in sizes)


print(Table.total)

# repr, type and the usual generator methods.
g = (c for c in "xyz")
print(type(g).__name__, repr(g).startswith("<generator object <genexpr> at 0x"))
print(next(g), g.send(None), list(g))


def make():
    return (i for i in range(2))


print(make().__qualname__)
g = (i for i in range(3))
print(next(g))
g.close()
print(list(g))
