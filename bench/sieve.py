def sieve(n):
    flags = [True] * (n + 1)
    flags[0] = False
    flags[1] = False
    i = 2
    while i * i <= n:
        if flags[i]:
            j = i * i
            while j <= n:
                flags[j] = False
                j = j + i
        i = i + 1
    count = 0
    total = 0
    for k in range(n + 1):
        if flags[k]:
            count = count + 1
            total = total + k
    return [count, total]

result = sieve(2000000)
print(result[0], result[1])
