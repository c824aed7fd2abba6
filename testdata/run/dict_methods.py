d = {"a": 1, "b": 2, "c": 3}
print(d.get("a"), d.get("z"), d.get("z", 0), d.get("b", 99))
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.keys(), d.values(), d.items())
print(d.pop("b"), d)
print(d.pop("zz", "default"), d)
print(d.setdefault("a", 50), d.setdefault("n", 7), d)
groups = {}
for w in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(w[0], []).append(w)
print(groups)
print(len(d.keys()), "a" in d.keys(), 7 in d.values())
