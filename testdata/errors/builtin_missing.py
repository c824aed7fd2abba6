xs = [0, 1, 2, 3]
print(complex(1, 3))
