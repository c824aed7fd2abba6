# C floats in VFP registers (thumbv7em-none-eabihf, AAPCS-VFP) both ways: vfp.c,
# built with -mfloat-abi=hard, calls the @export functions and defines the @extern
# ones. The same pair runs on the host (System V) and soft-float board too, so each
# result is checked against one expected output. Weights show a misplaced argument.
from pyaot import export, extern, f32, f64, i64


@extern
def c_backfill(a: f32, b: f64, c: f32, d: int, e: f64) -> f64:
    ...


@extern
def c_spill(a: f64, b: f64, c: f64, d: f64, e: f64, f: f64, g: f64, h: f64, i: f64, j: f32, k: int) -> f64:
    ...


@extern
def c_third(x: f32) -> f32:
    ...


@extern
def c_mixed(a: int, b: f32, c: i64, d: f64, e: int, f: int) -> i64:
    ...


@export
def py_backfill(a: f32, b: f64, c: f32, d: int, e: f64) -> f64:
    print("py_backfill", a, b, c, d, e)
    return a + 10 * b + 100 * c + 1000 * d + 10000 * e


@export
def py_spill(a: f64, b: f64, c: f64, d: f64, e: f64, f: f64, g: f64, h: f64, i: f64, j: f32, k: int) -> f64:
    print("py_spill", a, b, c, d, e, f, g, h, i, j, k)
    return a + b + c + d + e + f + g + h + 1000 * i + 10000 * j + 100000 * k


@export
def py_half(x: f32) -> f32:
    return x / 2


@export
def py_fail(x: f64) -> f64:
    return 1 / x


@export
def floats_into_c() -> None:
    print(c_backfill(1.5, 2.25, 3.0, 4, 5.5))
    print(c_spill(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.5, 0.25, -3))
    print(c_third(1.5), c_third(3))
    print(c_mixed(1, 0.5, -(1 << 40), 2.5, 3, 4))


@export
def show(o: object) -> None:
    print(o)
