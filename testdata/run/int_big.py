def fact(n):
    r = 1
    i = 2
    while i <= n:
        r = r * i
        i = i + 1
    return r

for n in range(10, 21):
    print(n, fact(n))
print(2 ** 40, 2 ** 61, -(2 ** 61))
print(1 << 40, (1 << 61) >> 20)
print(100000 * 100000, 1073741823 + 1, -1073741824 - 1)
print(2147483647 * 2147483647)
print(2 ** 61 // 3, 2 ** 61 % 1000007, -(2 ** 61) // 7)
print(1e16 == 10 ** 16, int(1e15), int(-2.5e12))
