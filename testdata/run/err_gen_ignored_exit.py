# close() on a generator that keeps yielding.


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("ignoring GeneratorExit")
    yield 2
    print("resumed after close")


s = stubborn()
print(next(s))
s.close()
