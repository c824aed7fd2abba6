moves = []
def hanoi(n, src, dst, via):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst)
    moves.append(src + dst)
    hanoi(n - 1, via, dst, src)

hanoi(3, "A", "C", "B")
print(len(moves), moves)
moves = []
hanoi(12, "A", "C", "B")
print(len(moves), moves[0], moves[-1], moves[2047])
