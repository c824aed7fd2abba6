# A class pattern with more positional sub-patterns than __match_args__ names is a
# TypeError when the subject is an instance (not at compile time).
class Vector:
    __match_args__ = ("x",)

    def __init__(self, x, y):
        self.x = x
        self.y = y


def norm1(v):
    match v:
        case Vector(x, y):
            return abs(x) + abs(y)
        case _:
            return None


print(norm1(3))
print(norm1(Vector(1, -2)))
