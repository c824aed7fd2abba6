# An uncaught exception chained to the ones it was raised while handling: CPython
# prints each traceback, linked by "During handling..." / "direct cause" lines.
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise KeyError("bad key") from e


def handler():
    try:
        1 / 0
    except ZeroDivisionError:
        parse("x")


handler()
