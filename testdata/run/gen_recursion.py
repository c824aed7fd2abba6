# Recursion inside generators: RecursionError raised on the generator's own stack,
# caught inside or outside it; recursive generators.


def forever(n):
    return forever(n + 1) + 1


def careful():
    try:
        forever(0)
    except RecursionError as e:
        yield "caught inside: " + str(e)
    yield "still running"


print(list(careful()))


def careless():
    yield "before"
    forever(0)
    yield "never"


g = careless()
print(next(g))
try:
    next(g)
except RecursionError as e:
    print("caught outside:", e)
print(list(g))


def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1


def deep_but_fine():
    yield depth(200)
    yield depth(150)


print(list(deep_but_fine()))


def permutations(items):
    if len(items) <= 1:
        yield items
        return
    for i in range(len(items)):
        rest = items[:i] + items[i + 1 :]
        for p in permutations(rest):
            yield [items[i]] + p


print(list(permutations([1, 2, 3])))
print(sum(1 for _ in permutations(list(range(6)))))


def nested(n):
    if n:
        yield from nested(n - 1)
    yield n


print(sum(nested(100)))


def hanoi(n, a, b, c):
    if n:
        yield from hanoi(n - 1, a, c, b)
        yield (a, c)
        yield from hanoi(n - 1, b, a, c)


moves = list(hanoi(10, "A", "B", "C"))
print(len(moves), moves[:3], moves[-1])


def collatz(n):
    while n != 1:
        yield n
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    yield 1


print(max(len(list(collatz(n))) for n in range(1, 300)))


# After RecursionError, the same generator function works again.
print(list(careful()))
