text = "the cat and the hat and the bat sat on the mat"
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
for w in counts:
    if counts[w] > 1:
        print(w, counts[w])
letters = {}
for ch in "mississippi":
    if ch in letters:
        letters[ch] += 1
    else:
        letters[ch] = 1
print(letters)
best = ""
best_n = 0
for k in letters:
    if letters[k] > best_n:
        best = k
        best_n = letters[k]
print(best, best_n)
