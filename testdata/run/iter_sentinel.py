# iter(callable, sentinel): callable_iterator, simple to tricky.
count = 0


def tick():
    global count
    count += 1
    return count


print(list(iter(tick, 5)))
print(count)

# In a for loop; the sentinel compares by ==, so 3.0 stops at the int 3.
n = [0]


def step():
    n[0] += 1
    return n[0]


for x in iter(step, 3.0):
    print("got", x)

# Exhausted for good: the callable is not called again.
calls = []


def once():
    calls.append(1)
    return None


it = iter(once, None)
print(list(it), list(it), next(it, "done"), len(calls))
print(iter(it) is it, type(it).__name__)

# A bound method and a lambda as the callable.
words = ["a", "b", "", "c"]
pop = words.pop
print(list(iter(lambda: words.pop(0), "")), words)
stack = [1, 2, 3, 0, 4]
print([v * 10 for v in iter(stack.pop, 0)])


# A callable object.
class Counter:
    def __init__(self):
        self.i = 0

    def __call__(self):
        self.i += 1
        return self.i * self.i


print(list(iter(Counter(), 16)))


# StopIteration from the callable ends the iteration too.
def gen_source():
    src = iter([1, 2, 3])
    return lambda: next(src)


print(list(iter(gen_source(), 99)))
print(sum(iter(gen_source(), 3)))


# The sentinel is on the left of ==: its __eq__ decides.
class Always:
    def __eq__(self, other):
        print("eq", other)
        return other > 2


k = iter(tick, Always())
count = 0
print(list(k))

# zip, enumerate and map over callable iterators.
count = 0
print(list(zip(iter(tick, 4), "xyz")))
count = 0
print(list(enumerate(iter(tick, 3))))
print(sorted(iter(Counter(), 25), reverse=True))

# Errors, as CPython words them.
for args in [(1, 2), (), (tick, 1, 2), ("abc", "")]:
    try:
        iter(*args)
    except TypeError as e:
        print("TypeError:", e)
