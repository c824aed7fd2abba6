def f():
    x = 1
    return vars()


print(f())
