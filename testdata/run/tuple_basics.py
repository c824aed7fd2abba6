t = (1, 2, 3)
print(t, len(t), t[0], t[-1])
print((), (5,), (1, "a", None), ((1, 2), (3,)))
print(2 in t, 4 not in t)
print(t + (4, 5), (0,) * 3, t == (1, 2, 3), t < (1, 2, 4))
u = 7, 8
print(u, len(u))
for x in t:
    print(x * 10)
print(tuple(), tuple([3, 4]), tuple("hi"))
nested = ((1, 2), [3, 4])
nested[1][0] = 30
print(nested)
