# Binary trees (the Computer Language Benchmarks Game), depth 16: allocation-heavy.
# Nodes are tuples (left, right); leaves are (None, None).


def make_tree(depth):
    if depth == 0:
        return (None, None)
    depth -= 1
    return (make_tree(depth), make_tree(depth))


def check_tree(node):
    left, right = node
    if left is None:
        return 1
    return 1 + check_tree(left) + check_tree(right)


def main(n):
    min_depth = 4
    max_depth = max(min_depth + 2, n)
    stretch = max_depth + 1
    print("stretch tree of depth", stretch, "check:", check_tree(make_tree(stretch)))
    long_lived = make_tree(max_depth)
    d = min_depth
    while d <= max_depth:
        iterations = 2 ** (max_depth - d + min_depth)
        check = 0
        for i in range(iterations):
            check += check_tree(make_tree(d))
        print(iterations, "trees of depth", d, "check:", check)
        d += 2
    print("long lived tree of depth", max_depth, "check:", check_tree(long_lived))


main(16)
