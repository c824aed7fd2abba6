# The math module: constants, integer functions, floating-point functions
# and CPython's errors for out-of-domain arguments.
import math
from math import sqrt, pi as PI, floor

print(math.sqrt(16), sqrt(2), PI, math.e, math.tau, math.inf, -math.inf)
print(floor(3.7), math.ceil(3.2), math.trunc(-3.7), math.floor(-2), type(math.floor(2.5)))
print(math.floor(10**30 + 0.0), math.ceil(-1e300) == -(10**300) or True)
print(math.gcd(12, 18), math.gcd(0, 0), math.gcd(-4, 6), math.lcm(4, 6), math.lcm(0, 5))
print(math.factorial(20), math.factorial(30), math.factorial(0))
print(math.comb(10, 3), math.comb(50, 25), math.comb(3, 5), math.perm(5, 2), math.perm(5))
print(math.isqrt(10**20 + 12345), math.isqrt(0), math.isqrt(99), math.isqrt(10**40))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod(range(1, 21)), math.prod([1.5, 2]))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100]), math.fsum([]))
print(math.log(math.e), math.log(8, 2), math.log2(1024), math.log10(1000), math.exp(1))
print(math.log(10**100), math.log10(10**50), math.log2(2**200), math.log1p(1e-10), math.expm1(1e-10))
print(math.sin(0), math.cos(0), math.atan2(1, 1), math.hypot(3, 4), math.hypot(), math.hypot(1, 2, 2))
print(math.degrees(math.pi), math.radians(180), math.atan(1) * 4, math.asin(1), math.acos(-1))
print(math.isnan(math.nan), math.isinf(math.inf), math.isfinite(1.0), math.isfinite(math.nan))
print(math.copysign(3, -0.0), math.copysign(-2.5, 1), math.fabs(-2), math.fabs(-0.0))
print(math.pow(2, 10), math.pow(2, -1), math.pow(0, 0), math.fmod(7, 3), math.fmod(-7, 3))
print(math.sinh(1), math.cosh(1), math.tanh(0.5), math.tanh(100))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(0.0, 1e-10, abs_tol=1e-9))
print(math.modf(3.25), math.modf(-2.5), math.frexp(8.0), math.ldexp(0.5, 4))

xs = [0.1 * i for i in range(-40, 41)]
print(sum([math.sin(x) for x in xs]), sum([math.cos(x) for x in xs]))
print(sum([math.tan(x) for x in xs]), sum([math.atan(x) for x in xs]))
print([round(math.sin(x), 12) for x in (0.5, 1.0, 2.0, 3.0, 100.0)])
print([math.exp(x) for x in (-1, 0.5, 2, 10, 100)])
print([math.log(x) for x in (0.5, 2, 10, 1e-300, 1e300)])
print([math.sqrt(x) for x in (2, 3, 1e-300, 1e300)])
print(math.pow(0.8691901731857368, -43.42340042923762), math.pow(261.40887058401046, -0.16286678657089948))
print([math.log10(x) for x in (0.42, 2.5e-3, 7.0, 123456.789, 5e-324)], math.log2(3.0), math.log(7.5, 10))
print([math.cosh(x) for x in (1, 0.3, -6.767143256183767, 30, 710)], math.sinh(-0.5), math.tanh(0.6825970894545803))
print([math.asinh(x) for x in (0.5, -3, 1e10)], math.acosh(1.5), math.atanh(-0.25), math.expm1(0.5), math.log1p(0.25))

def check(label, f):
    try:
        print(label, f())
    except (ValueError, OverflowError, TypeError) as e:
        print(label, type(e).__name__, e)

check("sqrt(-1)", lambda: math.sqrt(-1))
check("log(0)", lambda: math.log(0))
check("log(-1)", lambda: math.log(-1))
check("log(0, 2)", lambda: math.log(0, 2))
check("exp(1000)", lambda: math.exp(1000))
check("factorial(-1)", lambda: math.factorial(-1))
check("factorial(2.5)", lambda: math.factorial(2.5))
check("isqrt(-1)", lambda: math.isqrt(-1))
check("comb(-1, 2)", lambda: math.comb(-1, 2))
check("acos(2)", lambda: math.acos(2))
check("floor(inf)", lambda: math.floor(math.inf))
check("floor(nan)", lambda: math.floor(math.nan))
check("pow(0, -1)", lambda: math.pow(0, -1))
check("fmod(1, 0)", lambda: math.fmod(1, 0))
check("sqrt('x')", lambda: math.sqrt("x"))
check("gcd(1.5)", lambda: math.gcd(1.5, 2))
check("cosh(1000)", lambda: math.cosh(1000))
check("sqrt(10**400)", lambda: math.sqrt(10**400))
check("log(10**400)", lambda: math.log(10**400))
