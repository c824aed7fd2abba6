# A class body runs in a frame of its own: the enclosing code's entry points at the
# class statement (its `class` line, after decorators), the body's at its line.
def registered(cls):
    print("registered", cls.__name__)
    return cls


@registered
class Config:
    try:
        limit = int("10")
        bad = {}["missing"]
    except KeyError:
        bad = None
    sizes = [limit * 2, limit // 2]


print(Config.limit, Config.bad, Config.sizes)


DIVISORS = (2, 0)


@registered
class Broken:
    ratios = [Config.limit // n for n in DIVISORS]
