xs = [0, 1, 2, 3]
print(xs[complex(1, 3)])
