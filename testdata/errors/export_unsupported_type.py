from pyaot import export


@export
def magnitude(z: complex) -> float:
    return abs(z)
