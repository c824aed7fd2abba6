def probe(a, s, f, t, l, d, n, b):
    big = 2 ** 40
    neg = -(2 ** 40)

    def peek():
        return big

    return a


probe(-5, "héllo\n'x'", 2.5, (1, "two", None), [1, [2, 3], "x"], {"k": 1, 2: [3]}, None, False)
