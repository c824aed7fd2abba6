# random (seeded: CPython's Mersenne Twister sequences) and time (clock properties).
import random
random.seed(42)
print(random.random(), random.random(), random.randint(1, 100), random.randrange(0, 100, 7))
print(random.choice("abcdef"), random.getrandbits(70), random.uniform(1, 2))
xs = list(range(20))
random.shuffle(xs)
print(xs)
print(random.sample(range(1000), 5), random.sample(["a", "b", "c", "d"], 2), random.sample(range(100), 30)[:5])
print(random.choices("abc", k=5), random.choices([1, 2, 3], weights=[1, 0, 5], k=4), random.choices("xy", cum_weights=[1, 3], k=3))
print(random.gauss(0, 1), random.normalvariate(10, 2), random.expovariate(2), random.triangular(0, 10, 3))
print(random.betavariate(2, 3), random.gammavariate(0.5, 1), random.gammavariate(3, 2), random.paretovariate(2), random.weibullvariate(1, 2), random.vonmisesvariate(1, 2), random.lognormvariate(0, 1))
r = random.Random(12345)
print([r.randint(0, 9) for _ in range(10)], r.random())
r2 = random.Random(2**100 + 7)
print(r2.random(), random.Random(0).random(), random.Random(-5).random() == random.Random(5).random())
st = r.getstate()
a = r.random()
r.setstate(st)
print(a == r.random(), len(st[1]), st[0])
random.seed(7)
print(random.sample(range(10), k=4, counts=None), random.sample(["x", "y"], k=3, counts=[2, 1]))
for bad in [lambda: random.randrange(0), lambda: random.randrange(5, 2), lambda: random.randrange(0, 10, 0), lambda: random.choice([]), lambda: random.sample([1, 2], 3), lambda: random.sample({1, 2}, 1), lambda: random.getrandbits(-1), lambda: random.randrange(1.5)]:
    try:
        bad()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
import time
t0 = time.monotonic()
p0 = time.perf_counter_ns()
time.sleep(0.05)
print(time.monotonic() - t0 >= 0.04, time.perf_counter_ns() > p0, time.time() > 1.6e9, type(time.time_ns()).__name__, type(time.process_time()).__name__)
try:
    time.sleep(-1)
except ValueError as e:
    print(e)
