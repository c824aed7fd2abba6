def f(xs):
    return [vars() for x in xs]


print(f([1]))
