print(1 == 1.0, 2 < 2.5, 3 >= 3.0, 0 == -0.0)
print(int(3.7), int(-3.7), int(0.9999), int(-0.5))
print(int("42"), int("-17"), int(" 8 "), int(True), int(False))
print(float(1), float(-3), float(True))
print(7 + 0.5, 7 * 1.0, 10 // 4.0, 10 % 4.0)
print(True + 1.5, 2 ** 0.5 * 2 ** 0.5)
n = 10
total = 0.0
for i in range(1, n + 1):
    total = total + 1 / i
print(total)
print(abs(-7), abs(-7.25), abs(0))
print(str(1), str(1.0), str(-1), str(-1.0))
print(1.0 + 1 == 2, 5 / 1 == 5)
