def safe(cols, row, col):
    for r in range(row):
        c = cols[r]
        if c == col or c - col == r - row or c - col == row - r:
            return False
    return True

def solve(n, row, cols):
    if row == n:
        return 1
    count = 0
    for col in range(n):
        if safe(cols, row, col):
            cols[row] = col
            count = count + solve(n, row + 1, cols)
    return count

for n in range(1, 8):
    print(n, solve(n, 0, [0] * n))
def first(n, row, cols):
    if row == n:
        return True
    for col in range(n):
        if safe(cols, row, col):
            cols[row] = col
            if first(n, row + 1, cols):
                return True
    return False

board = [0] * 8
first(8, 0, board)
for r in range(8):
    print("." * board[r] + "Q" + "." * (7 - board[r]))
