# Generators: a pipeline of generator functions, generator expressions consumed by
# sum() and any(), and many short-lived generators.


def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def evens(xs):
    for x in xs:
        if x % 2 == 0:
            yield x


def scaled(xs, k):
    for x in xs:
        yield x * k


def pairs(n):
    for i in range(n):
        yield i
        yield -i


total = sum(scaled(evens(numbers(1000000)), 3))
squares = sum(x * x for x in range(1000000) if x % 3)
found = 0
for i in range(100000):
    if any(p > 2 for p in pairs(5)):
        found += 1
print(total, squares, found)
