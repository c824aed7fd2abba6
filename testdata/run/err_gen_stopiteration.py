# next() on an exhausted generator outside any handler.


def one():
    yield "only"
    return "the end"


g = one()
print(next(g))
print(next(g))
