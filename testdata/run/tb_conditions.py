# Truth tests that raise: located at the conditional expression or the boolean
# operation they belong to, at nothing in an `if` statement.
class Flaky:
    def __init__(self, name):
        self.name = name

    def __bool__(self):
        raise ValueError(self.name + " has no truth value")


def pick(k):
    if k == 0:
        return "yes" if Flaky("ifexp") else "no"
    if k == 1:
        return Flaky("or") or "fallback"
    if k == 2:
        if k and Flaky("if"):
            return 1
    return not Flaky("not")


# Each handler raises the next: the chain prints every traceback.
try:
    pick(0)
except ValueError:
    try:
        pick(1)
    except ValueError:
        try:
            pick(2)
        except ValueError:
            pick(3)
