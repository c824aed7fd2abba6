# A generator nothing else refers to (a call of a generator function, a generator
# expression) is closed as soon as CPython's refcounting would close it: when a for
# loop over it ends by break, return or an exception, when any(), all() or next()
# leave it suspended, when a generator expression over it ends. Its finally clauses
# run then.

def g():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
for x in g():
    print(x)
    break
print("after")

def f():
    for x in g():
        return x
print(f())

def h():
    try:
        for x in g():
            for y in g():
                return x + y
    finally:
        print("h finally")
print(h())
for x in g():
    for y in [1, 2]:
        if y == 1:
            continue
        break
    print("inner done")
    break
print("end")
gg = g()
for x in gg:
    break
print("not closed, still referenced")
print(next(gg), list(gg))


def g2(tag):
    try:
        yield 1
    finally:
        print("cleanup", tag)
def f():
    for x in g2("f"):
        raise ValueError
try:
    f()
except ValueError:
    print("caught")
print("after")
try:
    for x in g2("module"):
        raise KeyError
except KeyError:
    print("caught 2")
def outer():
    for x in g2("inner"):
        yield x
o = outer()
next(o)
o.close()
print("closed outer")
def h():
    try:
        for x in g2("h"):
            1 / 0
    except ZeroDivisionError:
        print("h caught")
h()


def g3(tag):
    try:
        yield 1
        yield 2
        yield 3
    finally:
        print("cleanup", tag)

print(any(x > 1 for x in g3("any-genexp")))
print("after any")
print(any(x == 1 for x in g3("any-genexp-first")))
print(all(x < 2 for x in g3("all-genexp")))
print(next(x for x in g3("next-genexp") if x > 1))
print("after next")
print(any(g3("any-direct")))
print(next(g3("next-direct")))
print(sum(g3("sum")))
print(list(x * 2 for x in g3("list-genexp")))
for v in (x for x in g3("for-genexp")):
    print("got", v)
    break
print("after for")
gx = (x for x in g3("stored"))
print(next(gx))
gx.close()
print("closed stored")
def first_big(limit):
    return next(x for x in g3("in-func") if x > limit)
print(first_big(1))
try:
    print(next(x for x in g3("exhausted") if x > 5))
except StopIteration:
    print("StopIteration")
print([x for x in g3("listcomp")])
