# keys() and items() views as sets: & | - ^ with any iterable, isdisjoint,
# comparisons with sets and views.


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


d = {1: "a", 2: "b", 3: "c"}
k = d.keys()
print(k & {2, 3, 4}, k | {5}, k - {1}, k ^ {3, 4})
print(k & [3, 9], k - (1, 2), k | range(6, 8), k ^ iter([1, 10]))
print({2, 3, 4} & k, {5} | k, {1, 9} - k, [3, 4] ^ k, [1, 1] - k)
print(type(k & {1}).__name__, type(k | k).__name__, k & k, k - k)
e = {2: "x", 7: "y"}
print(k & e.keys(), k | e.keys(), k - e.keys(), k ^ e.keys())
print(k & e, k - e)

items = d.items()
print(sorted(items & {(1, "a"), (2, "z")}), sorted(items - {(1, "a")}))
print(sorted(items | [(9, "i")]), sorted(items ^ {(3, "c"), (4, "d")}))
print(items & [(1, "a")], [(2, "b"), (5, 5)] & items)

# Comparisons: with sets, frozensets and other keys/items views.
print(k == {1, 2, 3}, k != {1, 2, 3}, {1, 2, 3} == k, k == frozenset({1, 2, 3}))
print(k < {1, 2, 3, 4}, k <= {1, 2, 3}, k > {1}, k >= {1, 2, 3}, k > {1, 4})
print({1} < k, {1, 2, 3, 4} > k, k == [1, 2, 3], k == e.keys())
print(items == {(1, "a"), (2, "b"), (3, "c")}, items <= d.items(), items == items)
print(d.values() == d.values(), dict(a=1).keys() == {"a": 2}.keys())
print({"a": 1}.items() == {"a": 2}.items(), {"a": 1}.items() < {"a": 1, "b": 2}.items())
show("keys < list", lambda: k < [1])

# isdisjoint with any iterable.
print(k.isdisjoint({4, 5}), k.isdisjoint([3]), k.isdisjoint(iter(())), k.isdisjoint(k))
print({}.keys().isdisjoint({}.keys()), items.isdisjoint([(1, "a")]), items.isdisjoint({1: "a"}))
show("isdisjoint(1)", lambda: k.isdisjoint(1))
show("isdisjoint()", lambda: k.isdisjoint())
f = k.isdisjoint
print(f([0]))

# Errors: non-iterables, unhashable items, values views.
show("keys | 1", lambda: k | 1)
show("1 & keys", lambda: 1 & k)
show("keys - [[]]", lambda: k - [[1]])
show("values | set", lambda: d.values() | {1})
show("values & values", lambda: d.values() & d.values())

# Views are live: the set is made when the operator runs.
live = d.keys()
d[4] = "d"
print(live & {4}, len(live))

# In-place operators on a name holding a view rebind it to a set.
v = d.keys()
v |= {10}
print(type(v).__name__, sorted(v))

# The views' `mapping`: a live, read-only proxy of the dict.
src = {"a": 0, "b": 1}
m = src.keys().mapping
print(m, repr(m), type(m).__name__, len(m), m["a"], "a" in m, "z" in m, list(m))
print(m.get("z", 5), m.get("a"), m.keys(), m.values(), m.items(), m.copy())
print(m == src, src == m, m != src, m == {"a": 0}, src.values().mapping == src)
print(src.items().mapping is src.items().mapping, m | {"c": 2}, {"c": 2} | m)
print(list(reversed(m)), sorted(m.keys() & {"b"}))
src["c"] = 3
print(m, len(m))
show("missing key", lambda: m["z"])


def store():
    m["z"] = 1


def ior_proxy():
    p = src.keys().mapping
    p |= {}


show("item assignment", store)
show("no pop", lambda: m.pop("a"))
show("|=", ior_proxy)
