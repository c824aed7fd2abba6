from pyaot import extern, f64


@extern
def double(x: f64) -> f64:
    ...
