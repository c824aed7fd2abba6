d = {"apple": 1, "pear": 2}
print(d["apple"])
d.pop("apple")
print(d)
print(d["apple"])
