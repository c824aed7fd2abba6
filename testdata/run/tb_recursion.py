# Recursion through two calls on one line: repeats are counted by line, but each of
# the three printed frames keeps its own marker line.
def walk(n):
    if n == 0:
        return 1 // n
    return walk(n - 1) if n % 2 else walk(n - 2)


walk(9)
