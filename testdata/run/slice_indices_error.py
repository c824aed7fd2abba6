# slice.indices with a zero step: an uncaught ValueError from inside a function.


def clip(s, n):
    return s.indices(n)


print(clip(slice(None, None, -1), 3), clip(slice(-5, 99), 4))
print(clip(slice(1, 2, 0), 3))
