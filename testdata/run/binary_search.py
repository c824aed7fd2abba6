def bsearch(xs, target):
    lo = 0
    hi = len(xs) - 1
    steps = 0
    while lo <= hi:
        steps += 1
        mid = (lo + hi) // 2
        if xs[mid] == target:
            return [mid, steps]
        if xs[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return [-1, steps]

xs = []
for i in range(0, 1000, 3):
    xs.append(i)
for t in [0, 3, 500, 501, 999, 997, -1, 1000]:
    print(t, bsearch(xs, t))
