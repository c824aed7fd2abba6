def make(n, m, seed):
    rows = []
    for i in range(n):
        row = []
        for j in range(m):
            row.append((i * 7 + j * 3 + seed) % 10 - 4)
        rows.append(row)
    return rows

def matmul(a, b):
    n = len(a)
    m = len(b[0])
    k = len(b)
    out = []
    for i in range(n):
        row = []
        for j in range(m):
            s = 0
            for t in range(k):
                s = s + a[i][t] * b[t][j]
            row.append(s)
        out.append(row)
    return out

a = make(3, 4, 1)
b = make(4, 2, 5)
print(a)
print(b)
c = matmul(a, b)
for row in c:
    print(row)
ident = [[1.0, 0.0], [0.0, 1.0]]
rot = [[0.5, -0.25], [0.25, 0.5]]
print(matmul(ident, rot), matmul(rot, rot))
