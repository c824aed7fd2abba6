from pyaot import export


def traced(f):
    return f


@export
@traced
def add(a: int, b: int) -> int:
    return a + b
