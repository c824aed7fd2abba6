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

def render(width, height, limit):
    total = 0
    inside = 0
    for y in range(height):
        ci = -1.25 + 2.5 * y / height
        for x in range(width):
            cr = -2.0 + 3.0 * x / width
            n = escape(cr, ci, limit)
            total = total + n
            if n == limit:
                inside = inside + 1
    return [total, inside]

r = render(160, 80, 200)
print(r[0], r[1])
