# Nested calls on one line: each frame marks the call it is in.
def inner(x):
    return 10 / x


def middle(x):
    return inner(x - 1) * 2


def outer(x):
    return str(middle(x))


print(len(outer(outer_arg := 3)), outer_arg)
print(len(outer(1)))
