# Digits of pi with the unbounded spigot algorithm (Gibbons), 2,000 places: big-int
# multiplication by small factors, additions and divmod of numbers of thousands of digits.
def pidigits(count):
    i = 0
    k = 0
    ns = 0
    k1 = 1
    n = 1
    a = 0
    d = 1
    while True:
        k += 1
        t = n << 1
        n *= k
        a += t
        k1 += 2
        a *= k1
        d *= k1
        if a >= n:
            t, u = divmod(n * 3 + a, d)
            u += n
            if d > u:
                ns = ns * 10 + t
                i += 1
                if i % 10 == 0:
                    print(format(ns, "010d") + "\t:" + str(i))
                    ns = 0
                if i >= count:
                    break
                a -= d * t
                a *= 10
                n *= 10


pidigits(2000)
