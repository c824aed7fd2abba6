from pyaot import export


def outer():
    @export
    def inner(x: int) -> int:
        return x
    return inner
