# yield from: delegation to iterables and sub-generators, the sub-generator's return
# value, send/throw/close passed through, recursive generators.


def inner(tag):
    got = yield tag + ":first"
    print("  inner", tag, "got", got)
    got = yield tag + ":second"
    print("  inner", tag, "got", got)
    return tag + " result"


def outer():
    a = yield from inner("a")
    print("  outer got", repr(a))
    b = yield from inner("b")
    print("  outer got", repr(b))
    return [a, b]


o = outer()
print(next(o))
print(o.send(1))
print(o.send(2))
print(o.send(3))
try:
    o.send(4)
except StopIteration as e:
    print("outer returned", e.value)


def chain(*iterables):
    for it in iterables:
        yield from it


print(list(chain([1, 2], (3,), "ab", range(4, 6), {"k": 0}, chain([7], [8]))))


def no_return():
    yield 1


def delegate_value():
    r = yield from no_return()
    yield "sub returned " + repr(r)
    r = yield from []
    yield "empty returned " + repr(r)
    r = yield from iter([5])
    yield "iterator returned " + repr(r)


print(list(delegate_value()))


def tree(node, depth=0):
    # node: (name, [children])
    name, children = node
    yield "  " * depth + name
    for child in children:
        yield from tree(child, depth + 1)


t = ("root", [("a", [("a1", []), ("a2", [])]), ("b", [("b1", [("b11", [])])])])
for line in tree(t):
    print(line)


def flatten(items):
    for x in items:
        if isinstance(x, list):
            yield from flatten(x)
        else:
            yield x


print(list(flatten([1, [2, [3, [4, [5]]], 6], [[7]], 8])))


# throw() passes through to the sub-generator at the innermost yield.
def catcher():
    while True:
        try:
            yield "waiting"
        except KeyError as e:
            print("  catcher caught", repr(e))
            yield "caught"
            return "catcher done"


def middle():
    r = yield from catcher()
    print("  middle got", r)
    yield "middle after"


m = middle()
print(next(m))
print(m.throw(KeyError("x")))
print(next(m))
print(next(m, "exhausted"))

# An exception the sub-generator does not handle comes out through the delegator.
def delegator_with_handler():
    try:
        yield from no_return()
    except ValueError as e:
        yield "delegator caught " + str(e)


d = delegator_with_handler()
next(d)
print(d.throw(ValueError("boom")))

# Thrown while delegating to a plain iterator: raised in the delegator.
def over_list():
    try:
        yield from [1, 2, 3]
    except IndexError:
        yield "over_list caught"


ol = over_list()
print(next(ol), ol.throw(IndexError), list(ol))


# close() closes the sub-generator first, then the delegator.
def sub_with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("  sub finally")


def top_with_finally():
    try:
        yield from sub_with_finally()
    finally:
        print("  top finally")


tf = top_with_finally()
print(next(tf))
tf.close()
print(list(tf))

# send() to a plain iterator through yield from needs a send method.
def sends_to_list():
    yield from [1, 2]


s = sends_to_list()
next(s)
try:
    s.send("x")
except AttributeError as e:
    print("AttributeError:", e)


# Deep delegation chains.
def depth(n):
    if n == 0:
        yield "bottom"
        return 0
    r = yield from depth(n - 1)
    return r + 1


gen = depth(50)
print(next(gen))
try:
    next(gen)
except StopIteration as e:
    print("depth returned", e.value)


# yield from an iterator class whose StopIteration carries a value.
class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration("liftoff")
        self.n -= 1
        return self.n


def launch():
    r = yield from Countdown(3)
    yield r


print(list(launch()))


# Iterator classes with send/throw/close methods under yield from.
class Resumable:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 5:
            raise StopIteration("exhausted")
        return self.n
    def send(self, v):
        print("  send", v)
        return self.__next__()
    def throw(self, e):
        print("  throw", repr(e))
        if isinstance(e, KeyError):
            raise StopIteration("stopped by throw")
        return -1
    def close(self):
        print("  close called")

def deleg():
    r = yield from Resumable()
    print("  delegation returned", r)
    yield "after"

d = deleg()
print(next(d), d.send("x"), d.throw(ValueError("v")), d.throw(KeyError("k")))
d = deleg()
next(d)
d.close()
print("closed")

class NoThrow:
    def __iter__(self):
        return self
    def __next__(self):
        return 1

def deleg2():
    try:
        yield from NoThrow()
    except IndexError:
        yield "delegator caught"
d2 = deleg2()
print(next(d2), d2.throw(IndexError))
