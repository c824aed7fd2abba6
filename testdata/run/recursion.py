def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)

def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))

def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)

def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)

def power(b, e):
    if e == 0:
        return 1
    half = power(b, e // 2)
    if e % 2 == 0:
        return half * half
    return half * half * b

def sum_list(xs, i):
    if i == len(xs):
        return 0
    return xs[i] + sum_list(xs, i + 1)

print(fib(20))
print(fact(12), ackermann(2, 3), is_even(10), is_odd(7))
print(power(3, 13), power(2, 29))
print(sum_list([1, 2, 3, 4, 5], 0))
