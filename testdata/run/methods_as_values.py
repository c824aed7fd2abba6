# Methods of built-in types used as values: bound (d.get) and through the class
# (str.lower), with CPython's errors; **mapping in dict displays; object() sentinels.
d = {"b": 2, "a": 3, "c": 1}
get = d.get
print(get("a"), get("z", 0), sorted(d, key=d.get), max(d, key=d.get))
words = ["  Hi ", "There  ", " you"]
print(list(map(str.strip, words)), sorted(["b", "A", "c"], key=str.lower))
acc = []
push = acc.append
for i in range(3):
    push(i * i)
print(acc, callable(push), callable(str.upper), "x".join is not None)
upper = "shout".upper
print(upper(), str.upper("abc"), list.count([1, 1, 2], 1), dict.get(d, "b"))
s = {1, 2}
add = s.add
add(3)
print(sorted(s), tuple.index((5, 6), 6), int.bit_length(255), float.is_integer(2.0))
for bad in [lambda: str.lower(5), lambda: str.lower(), lambda: d.nothing, lambda: list.nope]:
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
print(repr(str.lower), type(get).__name__, type(str.lower).__name__)
base = {"x": 1, "y": 2}
extra = {"y": 20, "z": 30}
print({**base, **extra}, {"w": 0, **base, "x": 100}, {**{}}, dict(**base, k=1))
try:
    print({**[1, 2]})
except TypeError as e:
    print("TypeError:", e)
marker = object()
print(marker is marker, marker == object(), type(marker).__name__, d.get("q", marker) is marker)
try:
    object(1)
except TypeError as e:
    print(e)
