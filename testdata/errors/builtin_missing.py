xs = [0, 1, 2, 3]
print(xs[slice(1, 3)])
