def f():
    return super().g()
