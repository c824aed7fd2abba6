xs = [1, 2, 3, 4]
print(xs[1:3])
