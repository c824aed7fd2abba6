print([[], [[]], [[], []]])
print({"a": [1, {"b": (2, 3)}], "c": None})
print((1, (2, (3, (4,)))))
print([1.0, -0.0, 0.5, 1e16, 1e-5])
print({1: 1.5, 2.5: 2, "s": "t"})
print([True, False, None], (None,))
print(["it's", 'q"uote', "new\nline"])
print([], (), {}, [()], ({},))
x = [1, 2]
y = [x, x, [x]]
print(y)
print(str(y) == repr(y), len(str(y)))
