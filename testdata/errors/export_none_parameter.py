from pyaot import export


@export
def f(x: None) -> int:
    return 0
