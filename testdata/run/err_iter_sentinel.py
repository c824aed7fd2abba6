# An exception raised by the callable of iter(callable, sentinel) propagates.
def reader():
    data = [0, 5, 2]

    def read():
        return 10 // data.pop()

    return read


for v in iter(reader(), 99):
    print(v)
