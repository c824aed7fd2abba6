# Comprehensions in class bodies: their own scope skips the class namespace (as a
# function's would); only the first iterable is evaluated in the class scope.
x = "global x"
class A:
    x = "class x"
    n = 3
    seen = [x for _ in range(2)]
    nested = [[x for _ in range(1)] for _ in range(n)]
    firsts = [v * 2 for v in range(n)]
    print(seen, nested, firsts)
print(A.x, A.seen)
class B:
    y = 5
    try:
        z = [y for _ in range(1)]
    except NameError as e:
        print("NameError:", e)
    w = {k: v for k in "ab" for v in range(2)}
    print(w)
    s = {c for c in "hello" if c != x[0]}
    print(sorted(s))
class C:
    q = 1
    r = [q for _ in range(2)]
