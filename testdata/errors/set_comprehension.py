letters = {c for c in "hello"}
print(sorted(letters))
