for x in [3, 1, 4, 1, 5]:
    print(x, end=" ")
print()
for x in ("a", 2, None):
    print(x)
for ch in "hello":
    print(ch, end="|")
print()
d = {"x": 1, "y": 2}
for k in d:
    print(k, d[k])
for pair in d.items():
    print(pair[0] + "=" + str(pair[1]))
for v in []:
    print("never")
for s in "":
    print("never")
for row in [[1, 2], [3, 4]]:
    for v in row:
        print(v, end=" ")
    print()
words = ["a", "bb", "ccc"]
lens = []
for w in words:
    lens.append(len(w))
print(lens)
for i in range(len(words)):
    print(i, words[i])
