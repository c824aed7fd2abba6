def fib_rec(n):
    if n < 2:
        return n
    return fib_rec(n - 1) + fib_rec(n - 2)

def fib_iter(n):
    a = 0
    b = 1
    i = 0
    while i < n:
        t = a + b
        a = b
        b = t
        i = i + 1
    return a

for i in range(15):
    print(i, fib_rec(i), fib_iter(i))
print(fib_rec(24), fib_iter(40))
