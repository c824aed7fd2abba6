from pyaot import export


@export
def scale(x: float, k: float):
    return x * k
