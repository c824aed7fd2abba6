# Grows a list forever: under a heap limit the program must end with MemoryError
# (status 1), never a crash. CPython has no heap limit, so tests/memory.rs holds the
# expected behaviour by hand instead of a recording.
print("growing")
items = []
n = 0
while True:
    items.append([n, str(n)])
    n += 1
