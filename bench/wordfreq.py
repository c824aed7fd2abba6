# Word frequencies over 1,000,000 generated words: str building, join, split, and a
# dict of counts, then the most frequent words by count and name.
syllables = ["ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "zu", "pe"]
seed = 7
words = []
for i in range(1000000):
    seed = (seed * 1103515245 + 12345) % 2147483648
    n = 1 + seed % 3
    w = ""
    for j in range(n):
        w += syllables[(seed >> (4 * j + 8)) % 10]
    words.append(w)
text = " ".join(words)
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
print(len(words), len(counts))
for w, c in ranked[:10]:
    print(f"{w:>8} {c}")
print(ranked[-1])
