# send(), throw() and close(): coroutine-style generators, exceptions thrown in at
# the yield, try/finally inside the generator, and CPython's errors.


def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            return count
        total += value
        count += 1
        average = total / count


avg = averager()
print(next(avg))
for v in [10, 20, 60]:
    print("average", avg.send(v))
try:
    avg.send(None)
except StopIteration as e:
    print("count", e.value)


def echo():
    received = []
    try:
        while True:
            try:
                x = yield len(received)
                received.append(x)
            except ValueError as e:
                print("  echo caught ValueError", e.args)
                received.append("error")
    finally:
        print("  echo finally, received", received)


e = echo()
print(e.send(None))
print(e.send("a"))
print(e.throw(ValueError("bad")))
print(e.throw(ValueError))
print(e.throw(ValueError, "with value"))
print(e.throw(ValueError, ("two", "args")))
print(e.send("b"))
print(e.close())
print(e.close())
try:
    next(e)
except StopIteration as err:
    print("closed generator:", repr(err))

# A non-None value cannot start a generator.
g = averager()
try:
    g.send(3)
except TypeError as err:
    print("TypeError:", err)
print(g.send(None))

# An exception the generator does not catch comes out of throw() and ends it.
def plain():
    yield 1
    yield 2


p = plain()
next(p)
try:
    p.throw(KeyError("k"))
except KeyError as err:
    print("KeyError came out:", err)
print(list(p))

# Thrown into a generator that has not started: it never runs.
def noisy():
    print("  noisy started")
    yield 1


n = noisy()
try:
    n.throw(IndexError("early"))
except IndexError as err:
    print("IndexError:", err)
print(list(n))

# Thrown into a finished generator: raised right there.
try:
    p.throw(ZeroDivisionError)
except ZeroDivisionError as err:
    print("ZeroDivisionError from a finished generator", repr(err))


# close() runs finally blocks and lets `except GeneratorExit` clean up.
def resource(name):
    print("  open", name)
    try:
        yield name + ":1"
        yield name + ":2"
    except GeneratorExit:
        print("  GeneratorExit in", name)
        raise
    finally:
        print("  close", name)


r = resource("r")
print(next(r))
r.close()
print(r.close())
fresh = resource("never")
fresh.close()
print(list(fresh))
done = resource("done")
print(list(done))
done.close()


# A generator that yields in answer to close() is an error.
def stubborn():
    try:
        yield "still here"
    except GeneratorExit:
        print("  ignoring GeneratorExit")
    yield "and still here"


s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as err:
    print("RuntimeError:", err)
print(list(s))


# Returning or raising StopIteration inside the except clause ends it quietly.
def quits():
    try:
        yield 1
    except GeneratorExit:
        return "ignored value"


q = quits()
next(q)
print(q.close())


# Other exceptions raised while closing come out of close().
def raises_on_close():
    try:
        yield 1
    finally:
        raise ValueError("raised in finally")


rc = raises_on_close()
next(rc)
try:
    rc.close()
except ValueError as err:
    print("ValueError:", err)


# A generator cannot resume itself.
def selfish():
    yield next(me)


me = selfish()
try:
    next(me)
except ValueError as err:
    print("ValueError:", err)

# StopIteration raised inside a generator becomes RuntimeError (PEP 479).
def leaky():
    yield 1
    raise StopIteration("leaked")


try:
    list(leaky())
except RuntimeError as err:
    print("RuntimeError:", err)

# throw() and send() argument errors.
t = plain()
try:
    t.throw()
except TypeError as err:
    print("TypeError:", err)
try:
    t.throw(5)
except TypeError as err:
    print("TypeError:", err)
try:
    t.throw(ValueError("v"), 1)
except TypeError as err:
    print("TypeError:", err)
try:
    t.send()
except TypeError as err:
    print("TypeError:", err)
try:
    t.close(1)
except TypeError as err:
    print("TypeError:", err)
print(next(t))


# GeneratorExit is a BaseException: `except Exception` does not catch it.
def broad():
    try:
        yield 1
    except Exception:
        print("  not reached")
    yield 2


b = broad()
next(b)
b.close()
print(issubclass(GeneratorExit, BaseException), issubclass(GeneratorExit, Exception))
print(list(b))


# GeneratorExit can be subclassed and thrown in.
class Stop(GeneratorExit):
    pass
def ge_gen():
    try:
        yield 1
    except GeneratorExit as e:
        print("got", type(e).__name__, isinstance(e, GeneratorExit))
        raise
x = ge_gen()
next(x)
try:
    x.throw(Stop)
except Stop:
    print("Stop came out")
print(list(x))
