def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)

def count_down(n, acc):
    if n == 0:
        return acc
    acc.append(n)
    return count_down(n - 1, acc)

print(depth(500))
print(len(count_down(400, [])))
def sum_to(n):
    if n == 0:
        return 0
    return n + sum_to(n - 1)

print(sum_to(900))
