# Iteration builtins: iter/next, enumerate, zip, map, filter, reversed, sorted with
# key/reverse, any/all, getattr/setattr/hasattr, callable.
xs = [5, 3, 8, 1]
it = iter(xs)
print(next(it), next(it), next(iter([]), "default"))
for i, x in enumerate(xs):
    print(i, x, end="; ")
print()
for i, x in enumerate(xs, start=1):
    print(i, x, end="; ")
print()
print(list(zip(xs, "abcd", [True, False, True])))
print(list(map(lambda v: v * 10, xs)), list(map(lambda a, b: a + b, xs, [1, 1, 1, 1])))
print(list(filter(lambda v: v > 3, xs)), list(filter(None, [0, 1, "", "a", None])))
print(list(reversed(xs)), list(reversed("abc")), list(reversed(range(4))))
print(sorted(xs), sorted(xs, reverse=True), sorted(["bb", "a", "ccc"], key=len))
words = ["pear", "Apple", "fig", "banana"]
print(sorted(words, key=lambda w: w.lower()), sorted(words, key=len, reverse=True))
pairs = [(1, "b"), (0, "c"), (1, "a"), (0, "a")]
print(sorted(pairs), sorted(pairs, key=lambda p: p[0]))
print(any([]), all([]), any([0, 0, 3]), all([1, 2, 0]))
class Box:
    pass
b = Box()
setattr(b, "size", 3)
print(getattr(b, "size"), getattr(b, "color", "none"), hasattr(b, "size"), hasattr(b, "color"))
print(callable(len), callable(b), callable(Box), callable(lambda: 0), callable(3))
try:
    next(iter([]))
except StopIteration:
    print("StopIteration")
data = {"a": 1, "b": 2}
for k, v in sorted(data.items(), key=lambda kv: -kv[1]):
    print(k, v)
