# Starred assignment: a, *b, c = ... in assignments and for targets.
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abc"
print(init, last)
a, *mid, b = range(5)
print(a, mid, b)
x, *y = (9,)
print(x, y)
for h, *t in [(1, 2, 3), (4,)]:
    print(h, t)
try:
    p, q, *r = [1]
except ValueError as e:
    print(e)
