def escape(cr, ci, limit):
    zr = 0.0
    zi = 0.0
    n = 0
    while n < limit:
        zr2 = zr * zr
        zi2 = zi * zi
        if zr2 + zi2 > 4.0:
            return n
        zi = 2.0 * zr * zi + ci
        zr = zr2 - zi2 + cr
        n = n + 1
    return limit

chars = " .:-=+*#%@"
for row in range(12):
    line = ""
    ci = -1.2 + row * 0.2
    for col in range(40):
        cr = -2.1 + col * 0.07
        n = escape(cr, ci, 30)
        line = line + chars[n * 9 // 30]
    print(line)
