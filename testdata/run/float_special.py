inf = 1e308 * 10
ninf = -inf
nan = inf - inf
print(inf, ninf, nan)
print(inf > 1e308, ninf < -1e308, inf == inf)
print(nan == nan, nan != nan, nan < 1.0, nan > 1.0)
print(inf + 1, inf * -1, inf - inf)
print(1 / inf, -1 / inf)
z = -0.0
print(z, -z, z * -1, 0.0 * -1)
print(abs(z), abs(ninf))
print(max(1.0, inf), min(1.0, ninf))
print(float("inf"), float("-inf"), float("nan"))
