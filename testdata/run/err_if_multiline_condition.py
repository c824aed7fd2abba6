# An `if` whose condition starts on a later line: CPython 3.11 locates the
# condition's truth test at the `if` statement (its first line, no marker line),
# not at the line the condition is on.
class Flag:
    def __bool__(self):
        raise ValueError("flag has no truth value")


def check(flag):
    total = 0
    if (
        flag
    ):
        total += 1
    return total


print("checking")
check(Flag())
