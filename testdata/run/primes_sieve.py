def sieve(n):
    is_prime = [True] * (n + 1)
    is_prime[0] = False
    is_prime[1] = False
    i = 2
    while i * i <= n:
        if is_prime[i]:
            for j in range(i * i, n + 1, i):
                is_prime[j] = False
        i = i + 1
    primes = []
    for k in range(n + 1):
        if is_prime[k]:
            primes.append(k)
    return primes

ps = sieve(100)
print(ps)
big = sieve(20000)
print(len(big), big[-1], sum(big))
