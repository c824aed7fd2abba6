xs = [1, 2, 3]
print(xs[2], xs[-3])
i = 0
while True:
    print(xs[i])
    i = i + 1
