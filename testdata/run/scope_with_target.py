# `with ... as name` inside a function binds a local of that function, not a
# global: the global of the same name stays as it was, and another function
# reading the name sees the global.
res = "global"


class Resource:
    def __enter__(self):
        return "local"

    def __exit__(self, *exc):
        return False


def use():
    with Resource() as res:
        pass
    return res


def read():
    return res


print(use(), res, read())


def unbound_before():
    try:
        print(res)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    with Resource() as (res):
        return res


print(unbound_before())
