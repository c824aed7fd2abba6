# Inlined frames count toward the recursion limit as CPython's frames do: a list,
# set or dict comprehension's frame and a class body's.
depth = 0


def through_listcomp(n):
    global depth
    depth = n
    return [through_listcomp(n + 1) for _ in (1,)]


def through_setcomp(n):
    global depth
    depth = n
    return {through_setcomp(n + 1) for _ in [1]}


def through_dictcomp(n):
    global depth
    depth = n
    return {k: through_dictcomp(n + 1) for k in "a"}


def through_nested(n):
    global depth
    depth = n
    return [[through_nested(n + 1) for _ in (1,)] for _ in (1,)]


def through_class(n):
    global depth
    depth = n

    class Level:
        through_class(n + 1)


def plain(n):
    global depth
    depth = n
    plain(n + 1)


def measure(f):
    try:
        f(1)
    except RecursionError as e:
        return depth, str(e)
    return None


for f in (plain, through_listcomp, through_setcomp, through_dictcomp, through_nested):
    print(f.__name__, measure(f))
# CPython's first class-body recursion stops a few levels early (its class
# machinery warms up); both stop near 500.
d, msg = measure(through_class)
print("through_class", 490 <= d <= 500)


# Exceptions leaving comprehensions and class bodies, and ones caught inside a
# class body, leave the count as it was.
def fails(x):
    raise ValueError(x)


for i in range(3000):
    try:
        [fails(i) for _ in (1,)]
    except ValueError:
        pass
    try:
        class Broken:
            fails(i)
    except ValueError:
        pass

    class Handled:
        try:
            fails(i)
        except ValueError:
            pass
    {k: v for k, v in {1: 2}.items()}
print("after", measure(plain), measure(through_listcomp))
