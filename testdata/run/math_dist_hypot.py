# math.dist and math.hypot: CPython 3.11's vector_norm bit for bit (printed as
# hex), any iterable as a point, infinities over NaNs, subnormals and huge values,
# and CPython's errors.
import math
import random

print(math.dist([1, 2], (4, 6)), math.dist(iter([1.5]), [3]), math.dist((), ()))
print(math.dist((1.0, 2.0, 3.0), (4.0, 5.0, 6.0)), math.dist(range(3), [True, 2.5, 9]))
print(math.hypot(), math.hypot(-3), math.hypot(3, 4), math.hypot(1, 2, 3, 4, 5))
print(math.hypot(*range(40)), math.dist(range(20), range(20, 40)))
for v in [(math.inf, math.nan), (math.nan, 1.0), (-math.inf, 2.0), (5e-324, 5e-324),
          (1e-310, 3e-310, 2e-320), (1e308, 1e308), (1.7e308, 1e308, 1.0), (0.0, -0.0)]:
    print(v, math.hypot(*v), math.dist(v, [0.0] * len(v)))
print(math.dist((10**20, 1), (0, 0)), math.hypot(10**300, 10**300))

r = random.Random(2024)
digest = []
for trial in range(2000):
    n = r.randint(2, 20)
    scale = 2.0 ** r.randint(-1000, 1000)
    xs = [r.uniform(-1, 1) * scale for _ in range(n)]
    ys = [r.uniform(-1, 1) * scale for _ in range(n)]
    digest.append(math.hypot(*xs).hex())
    digest.append(math.dist(xs, ys).hex())
print(len(digest), digest[:4], digest[-2:])
print(sum(int(h[h.index(".") + 1:h.index("p")], 16) % 1000003 for h in digest if "." in h))

for args in [((1, 2), (1,)), (1, (2,)), ((1,), 5), ("ab", "cd"), ((1,), ("x",)),
             ([1, None], [1, 2]), ((1,),), ((1,), (1,), (1,)), ((10**400,), (0,))]:
    try:
        print(math.dist(*args))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
for args in [("x",), (1, None), (10**400,)]:
    try:
        print(math.hypot(*args))
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
