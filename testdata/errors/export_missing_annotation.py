from pyaot import export


@export
def scale(x, k: float) -> float:
    return x * k
