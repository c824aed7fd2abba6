# A million small lists built and dropped: the collector must reuse their memory.
# tests/memory.rs runs this with a heap far smaller than what it allocates.
keep = []
total = 0
for i in range(1000000):
    x = [i, i + 1, i + 2]
    total += x[2] - x[0]
    if i % 50000 == 0:
        keep.append(x)
print(total)
print(len(keep), keep[0], keep[-1])
s = 0
for k in keep:
    s += k[0] + k[1] + k[2]
print(s)
