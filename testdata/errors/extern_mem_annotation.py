from pyaot import extern, mem32


@extern
def poke(addr: mem32) -> None:
    ...
