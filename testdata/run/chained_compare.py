def mid(x):
    print("mid called")
    return x

print(1 < mid(2) < 3)
print(1 < mid(5) < 3)
print(3 < mid(2) < 1)
a = 1
b = 2
c = 3
print(a < b < c, a < c < b, a <= a <= b, c > b > a)
print(a == 1 == True, 1 < 2 > 0, 1 < 3 != 3)
print(0 < a < b < c < 4, 0 < a < b < c < 3)
def side(name, val):
    print("side", name)
    return val

print(side("x", 5) < side("y", 1) < side("z", 9))
print(side("p", 1) < side("q", 2) < side("r", 3))
x = 5
print(1 <= x <= 10, 10 <= x <= 1, x == 5 == 5.0)
print("a" < "b" < "c", "a" < "c" < "b")
