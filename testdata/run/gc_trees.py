# Binary trees of tuples: a long-lived tree survives while many short-lived ones
# are built, checked and dropped (a small binary-trees benchmark).
def make(depth):
    if depth == 0:
        return (None, None)
    return (make(depth - 1), make(depth - 1))


def check(node):
    left, right = node
    if left is None:
        return 1
    return 1 + check(left) + check(right)


long_lived = make(8)
total = 0
for d in range(4, 9, 2):
    for i in range(2 ** (16 - d)):
        total += check(make(d))
    print(d, total)
print(check(long_lived))
