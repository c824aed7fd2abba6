# random.seed with every seed type CPython 3.11 takes: str (UTF-8), bytes and
# bytearray through version 2's SHA-512, version 1's string hash, floats by their
# hash (negative hashes as unsigned words), ints by absolute value, and the
# TypeError for other types; then the sequences that follow a str seed.
import random

random.seed("hello")
print(random.random(), random.randint(1, 100))
random.seed(b"hello")
print(random.random())
random.seed(bytearray(b"hello"))
print(random.random())
random.seed("")
print(random.random())
# Seeds longer than SHA-512's 128-byte block, and one just under the padding limit.
random.seed("x" * 200)
print(random.random())
random.seed(b"y" * 111)
print(random.random())
random.seed(b"y" * 112)
print(random.random())
random.seed("héllo wörld ✓")
print(random.random(), random.choice("abcdef"))
random.seed(b"\x00\x00abc")
print(random.getrandbits(70))

random.seed(1.5)
print(random.random())
random.seed(-1.5)
print(random.random())
random.seed(float("inf"))
print(random.random())
random.seed(2.0)
print(random.random() == random.Random(2).random())
random.seed(True)
print(random.random())
random.seed(-(10**30))
print(random.random())

for bad in [(1, 2), [1], {}, {1}, range(3)]:
    try:
        random.seed(bad)
    except TypeError as e:
        print(type(bad).__name__, repr(e))

random.seed("hello", version=1)
print(random.random())
random.seed(b"hello", version=1)
print(random.random())
random.seed("", version=1)
print(random.random())
random.seed("ünïcode", version=1)
print(random.random())
try:
    random.seed(bytearray(b"x"), version=1)
except TypeError as e:
    print(repr(e))
random.seed(12, version=1)
print(random.random())

r = random.Random("abc")
print(r.random())
xs = list(range(10))
r.shuffle(xs)
print(xs)
print(r.sample(range(100), 5), r.choice(["a", "b", "c"]), r.randrange(0, 1000, 7))
print([r.randint(1, 6) for _ in range(12)])
print(r.uniform(1, 2), r.gauss(0, 1))
r.seed(b"abc")
print(r.random() == random.Random("abc").random())
s = random.Random(bytearray(b"seed"))
print(s.getstate()[1][:3], s.random())
