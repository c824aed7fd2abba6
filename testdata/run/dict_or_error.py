# `dict | x` is only defined for two dicts: an uncaught TypeError.
d = {"a": 1}
print(d | {"b": 2})
merged = d
merged |= [("c", 3)]
print(merged, d)
print(d | [("b", 2)])
