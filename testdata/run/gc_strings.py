# String building: short-lived strs, lists of them, joins and splits, while the
# words built first must survive every collection intact.
words = []
for i in range(300):
    words.append("w" + str(i))
longest = ""
count = 0
for r in range(150):
    parts = []
    for w in words:
        parts.append(w + "-" + str(r))
    line = " ".join(parts)
    count += len(line)
    if len(line) > len(longest):
        longest = line
    pieces = line.split(" ")
    count += len(pieces)
    if pieces[299] != "w299-" + str(r):
        print("bad piece", r)
print(count)
print(len(longest), longest[0], longest[len(longest) - 1])
check = ""
for w in words:
    check = w
print(words[0], words[150], check, len(words))
