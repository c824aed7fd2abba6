for i in range(10):
    if i == 2:
        continue
    if i == 6:
        break
    print(i)
found = -1
for x in [4, 8, 15, 16, 23, 42]:
    if x % 2 == 1:
        found = x
        break
print("first odd", found)
for i in range(1, 4):
    for j in range(1, 4):
        if j == i:
            continue
        if j > i + 1:
            break
        print(i, j)
n = 0
while n < 20:
    n += 1
    if n % 3 != 0:
        continue
    if n > 12:
        break
    print("mult of 3:", n)
for c in "abcdef":
    if c == "d":
        break
    print(c)
primes = []
for n in range(2, 30):
    is_prime = True
    for p in primes:
        if p * p > n:
            break
        if n % p == 0:
            is_prime = False
            break
    if not is_prime:
        continue
    primes.append(n)
print(primes)
