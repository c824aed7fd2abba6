# Arithmetic, reflected and unary dunder methods; unpacking into attributes.
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        if isinstance(k, Vec):
            return self.x * k.x + self.y * k.y
        return Vec(self.x * k, self.y * k)
    def __rmul__(self, k):
        return self * k
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)
    def __eq__(self, o):
        return self.x == o.x and self.y == o.y

a, b = Vec(1, 2), Vec(3, 4)
print(a + b, a - b, a * 3, 2 * a, a * b, -a, b / 2, a + b == Vec(4, 6))
c = a
c += b
print(c, a)
try:
    a + 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    "x" - a
except TypeError as e:
    print("TypeError:", e)
