xs = [3, 1, 2]
xs.append(4)
xs.sort()
print(xs)
