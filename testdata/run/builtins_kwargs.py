# Keyword arguments of built-in functions and classes, called by name and as values.
d = dict(a=1)
D = dict
print(d, D(b=2), dict([(1, 2)], a=3), int("ff", base=16), sorted([3, 1], reverse=True))
I = int
print(I("11", base=2), str(object=5), round(number=2.567, ndigits=1), pow(2, 3, mod=5), pow(base=2, exp=3))
print(min([3, 1, 2], key=lambda x: -x), max([], default=None), max([1, 2], key=None), max("a", "bb", "c", key=len), sum([1, 2], start=10))
M = max
print(M([1, 5, 2], key=lambda v: v % 3), list(zip([1, 2], "ab", strict=True)))
tests = ['max([1], x=1)', 'max(1, 2, default=3)', 'max()', 'max([])', 'sum([1], 2, start=3)', 'round(2.5, nd=1)', 'list(zip([1],[2,3], strict=True))', 'list(zip([1,2],[2], strict=True))', 'list(zip([1],[2],[3,4], strict=True))', 'zip([1], x=1)', 'int("5", bas=2)', 'sum(iterable=[1])']
fs = [lambda: max([1], x=1), lambda: max(1, 2, default=3), lambda: max(), lambda: max([]), lambda: sum([1], 2, start=3), lambda: round(2.5, nd=1), lambda: list(zip([1], [2, 3], strict=True)), lambda: list(zip([1, 2], [2], strict=True)), lambda: list(zip([1], [2], [3, 4], strict=True)), lambda: zip([1], x=1), lambda: int("5", bas=2), lambda: sum(iterable=[1])]
for t, f in zip(tests, fs):
    try:
        print(t, '->', repr(f()))
    except Exception as e:
        print(t, '->', type(e).__name__, e)
