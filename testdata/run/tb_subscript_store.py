# A failed item assignment and a failed `del` point at the subscripted target.
point = (1, 2)
grid = [[0, 0], [0, 0]]
grid[1][0] = 5
print(grid)
try:
    del grid[5]
except IndexError as e:
    print("IndexError:", e)
point[0] = 7
