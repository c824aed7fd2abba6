xs = [10, 20, 30, 40, 50]
print(xs, len(xs))
print(xs[0], xs[4], xs[-1], xs[-5])
xs[1] = 21
xs[-1] = 55
print(xs)
print(20 in xs, 21 in xs, 99 not in xs)
empty = []
print(empty, len(empty), [] == empty)
mixed = [1, "two", 3.0, None, True, [5]]
print(mixed, len(mixed))
print(mixed[5][0], mixed[1][1])
print([1, 2] + [3], [0] * 4, 2 * [7, 8], [] * 3)
ys = xs + [60]
print(len(xs), len(ys))
zs = xs
zs[0] = 0
print(xs[0], ys[0])
i = 0
while i < len(xs):
    xs[i] = xs[i] * 2
    i = i + 1
print(xs)
acc = []
acc += [1, 2]
acc += [3]
print(acc)
