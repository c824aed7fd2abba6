def squares(xs):
    # A list comprehension is its own scope: it cannot yield for the function.
    return [(yield x * x) for x in xs]
