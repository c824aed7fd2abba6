# Allocations far larger than a heap chunk (a multi-megabyte list and str).
flags = [True] * 1000001
print(len(flags), flags[-1])
rows = [[0] * 100000 for _ in range(10)]
print(len(rows), len(rows[-1]))
s = "x" * 3000000
print(len(s))
