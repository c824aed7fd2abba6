# set and frozenset: displays, comprehensions, operators, methods, in-place
# operators (also list += and *= mutating aliases), CPython iteration order.
s = {3, 1, 2, 3}
print(s, len(s), 2 in s, 5 not in s, set(), frozenset([1, 2]), {x * x for x in range(-3, 4)})
t = {2, 3, 4}
print(s | t, s & t, s - t, s ^ t, s <= {1, 2, 3, 4}, s < s, s == {1, 2, 3}, s != t)
u = set([10, 20, 5, 100, 7, 64, 33])
print(u, sorted(u))
u.add(8)
u.discard(100)
u.remove(5)
print(u, u.pop(), u)
try:
    u.remove(999)
except KeyError as e:
    print("KeyError", e)
a = {1, 2}
b = a
a |= {3}
b -= {1}
print(a, b, a is b)
lst = [1]
alias = lst
lst += [2, 3]
print(alias, lst is alias)
lst *= 2
print(alias)
f = frozenset({1, 2, 3})
print(f | {4}, hash(f) == hash(frozenset([3, 2, 1])), {f: "x"}[frozenset([1, 2, 3])])
print(s.union([7], (8,)), s.intersection([1, 9]), s.difference({1}), s.issubset([1, 2, 3, 4]), s.isdisjoint({7}))
print(set("hello") == {"h", "e", "l", "o"}, sorted(set("mississippi")))
try:
    {[1]}
except TypeError as e:
    print(e)
big = set(range(100))
for i in range(0, 100, 3):
    big.discard(i)
print(len(big), list(big)[:10])
print({-1, -2, 5}, {1.5, 2.5}, {True, 1, 0, False})
e = set()
try:
    e.pop()
except KeyError as err:
    print(repr(err))
