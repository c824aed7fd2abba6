# An uncaught exception of a nested class: the traceback's last line names the
# class by its qualified name.
class Driver:
    class Fault(Exception):
        pass


def check(level):
    class Overheat(Driver.Fault):
        pass

    try:
        raise Driver.Fault("bus stalled")
    except Driver.Fault as e:
        print(type(e).__name__, type(e).__qualname__, e)
    raise Overheat("level %d" % level)


check(3)
