d = {"one": 1, "two": 2}
print(d, len(d))
print(d["one"], d["two"])
d["three"] = 3
d["one"] = 100
print(d)
print("one" in d, "four" in d, "four" not in d, 1 in d)
ages = {}
ages["bob"] = 30
ages["amy"] = 25
print(ages, len(ages))
nums = {1: "a", 2: "b", -3: "c", (1, 2): "tuple"}
print(nums[1], nums[-3], nums[(1, 2)])
mixed = {1: "int", 1.5: "float", True: "bool?", None: "none"}
print(mixed)
print({}, dict(), dict({"x": 1}))
d2 = {"a": [1, 2], "b": {"c": 3}}
d2["a"].append(3)
d2["b"]["d"] = 4
print(d2)
print(d == {"one": 100, "two": 2, "three": 3})
