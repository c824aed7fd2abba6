d = {1: "one"}
print(d.get(2))
print(d[2])
