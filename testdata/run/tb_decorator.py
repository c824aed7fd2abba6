# A failing decorator: the frame marks the decorator expression.
def register(table):
    def add(f):
        table[f.__name__] = f
        return f
    return add


def checked(f):
    raise TypeError("cannot check " + f.__name__)


handlers = {}


@register(handlers)
def start():
    return "started"


print(sorted(handlers), start())


@register(handlers)
@checked
def stop():
    return "stopped"
