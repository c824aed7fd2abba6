# Run by testdata/c/after_main.c: pyaot_main first, then exported functions.
from pyaot import export

print("module body ran")


@export
def make(n: int) -> list:
    return [str(i) * 3 for i in range(n)]


@export
def churn(rounds: int) -> int:
    total = 0
    for i in range(rounds):
        total += len([str(i) * 3 for i in range(8)])
    return total


@export
def show(xs: list) -> None:
    print(" ".join(xs))
