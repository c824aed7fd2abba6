words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"]
counts = {}
seed = 7
for i in range(300000):
    seed = (seed * 1103515245 + 12345) % 2147483648
    w = words[seed % 8] + str(seed % 13)
    counts[w] = counts.get(w, 0) + 1
keys = list(counts.keys())
keys.sort()
best = ""
for k in keys:
    if best == "" or counts[k] > counts[best]:
        best = k
print(len(keys), best, counts[best])
print(keys[0], keys[-1])
