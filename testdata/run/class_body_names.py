# Names in class bodies as CPython reads them (LOAD_NAME): the namespace, then the
# globals and builtins; names the class does not bind come from enclosing functions;
# `del` and the end of `except ... as` unbind a class name so that later reads look
# outside the class; `global` in a class body skips the namespace.
counter = 10
label = "module label"


def show(a, b):
    print(a, b)


class Shadow:
    len = lambda x: 42
    print(len([1, 2, 3]))
    del len
    print(len([1, 2, 3]))
    counter += 1
    print(counter)
    show(__module__, __qualname__)
    for label in ("a", "b"):
        pass
    print(label)
    del label
    print(label)
    items = [label for _ in range(2)]
    print(items)


print(counter, Shadow.counter, hasattr(Shadow, "label"))


class WithGlobal:
    global counter
    counter = 99
    del counter
    try:
        print(counter)
    except NameError as e:
        print("NameError:", e)
    counter = 5


print(counter, hasattr(WithGlobal, "counter"))


def outer():
    label = "outer local"
    hidden = "outer hidden"
    unbound_here = "outer"

    class Inner:
        label = "class label"
        print(label)
        del label
        print(label)
        try:
            print(hidden)
        except NameError as e:
            print("NameError:", e)
        print(unbound_here)
        try:
            del hidden
        except NameError as e:
            print("NameError:", e)
        vars()["hidden"] = "from vars"
        print(hidden)

        class Nested:
            print(label)

    return Inner


outer()


class Caught:
    try:
        raise KeyError("k")
    except KeyError as label:
        print(repr(label))
    print(label)
    try:
        missing_name_xyz
    except NameError as e:
        print("NameError:", e)
    match (1, 2):
        case (first, second):
            print(first, second)
    del first
    try:
        first
    except NameError as e:
        print("NameError:", e)
    import math as sys_math
    print(sys_math.floor(2.5))
    del sys_math


print(sorted(k for k in vars(Caught) if not k.startswith("__")))
