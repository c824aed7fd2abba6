# The itertools and functools modules (compiled from pyaot's Python library).
import itertools as it
from itertools import count, islice, chain, product, permutations, combinations, groupby, accumulate, zip_longest
print(list(islice(count(10, 5), 4)), list(islice("abcdefg", 2, None, 2)), list(islice(range(10), 3)))
print(list(chain([1, 2], "ab")), list(chain.from_iterable([[1], [2, 3]])))
print(list(product("ab", range(2))), len(list(product(range(3), repeat=3))))
print(list(permutations([1, 2, 3], 2)), list(combinations("abcd", 2)), list(it.combinations_with_replacement("ab", 2)))
print([(k, list(g)) for k, g in groupby("aaabbcaa")], [k for k, g in groupby([1, 1, 2, 3, 3])])
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], lambda a, b: a * b, initial=10)))
print(list(zip_longest("abc", [1], fillvalue="-")), list(it.pairwise("abcd")), list(it.starmap(pow, [(2, 3), (3, 2)])))
print(list(it.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(it.dropwhile(lambda x: x < 3, [1, 2, 5, 1])), list(it.filterfalse(None, [0, 1, "", "a"])))
print(list(it.compress("abcdef", [1, 0, 1, 0, 1, 1])), list(islice(it.cycle("ab"), 5)), list(it.repeat("x", 3)))
a, b = it.tee([1, 2, 3])
print(list(a), list(b), next(it.repeat(7)))
try:
    list(islice([1], -1))
except ValueError as e:
    print(e)
from functools import reduce, partial, lru_cache, cache, wraps, total_ordering, cmp_to_key
print(reduce(lambda a, b: a + b, [1, 2, 3]), reduce(lambda a, b: a * b, [], 1))
try:
    reduce(max, [])
except TypeError as e:
    print(e)
p2 = partial(pow, 2)
print(p2(10), partial(int, base=2)("101"), p2.args)
@lru_cache(maxsize=2)
def sq(x):
    return x * x
print(sq(2), sq(3), sq(2), sq(4), sq(3), sq.cache_info())
@cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
def deco(f):
    @wraps(f)
    def w(*a):
        return f(*a)
    return w
@deco
def named(x):
    "doc here"
    return x
print(named.__name__, named.__doc__, named(5), named.__wrapped__ is not None)
@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(2))
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
