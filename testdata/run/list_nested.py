grid = []
for r in range(3):
    row = []
    for c in range(4):
        row.append(r * 4 + c)
    grid.append(row)
print(grid)
print(grid[1][2], grid[-1][-1], len(grid), len(grid[0]))
grid[0][0] = 99
print(grid[0])
shared = [0] * 3
alias = [shared, shared]
alias[0][1] = 5
print(alias)
t = []
for r in range(4):
    t.append([0] * 4)
for r in range(4):
    for c in range(4):
        t[r][c] = r * c
print(t)
deep = [1, [2, [3, [4, [5]]]]]
print(deep, deep[1][1][1][1][0])
total = 0
for row in grid:
    for v in row:
        total = total + v
print(total)
