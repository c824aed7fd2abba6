def add(a, b):
    c = a + b
    return c


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def show(values):
    total = 0
    for v in values:
        total = total + v
    name = "total"
    print(name, total, 1.5, None, True, (1, "a"))
    return total


x = add(1, 2)
print(x, fib(10))
show([1, 2, 3])
