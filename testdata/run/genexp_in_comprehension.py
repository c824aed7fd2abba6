# Generator expressions and lambdas inside list and dict comprehensions capture the
# comprehension's variables (one cell per comprehension, late binding as in CPython).

chars = "abc"
s = "abacab"
print([sum(1 for c in s if c == ch) for ch in chars])
def f(words):
    return [list(w[i] for i in range(len(w)) if i % 2 == 0) for w in words]
print(f(["hello", "world"]))
print([(lambda: x)() for x in range(3)])
fs = [lambda: x for x in range(3)]
print([g() for g in fs])
print({k: sum(v * k for v in range(3)) for k in range(3)})
x = "global"
fs = [lambda: x for x in range(3)]
print([f() for f in fs], x)
def f():
    x = "local"
    gs = [lambda: x for x in "ab"]
    hs = [(lambda: x) for y in "cd"]
    return [g() for g in gs] + [h() for h in hs] + [x]
print(f())
def nested(rows):
    return [[sum(1 for v in row if v > t) for t in (1, 2)] for row in rows]
print(nested([[1, 2, 3], [3, 3]]))
print({k: list(k * i for i in range(2)) for k in "ab"})
def pairs(n):
    return [list((i, j) for j in range(i)) for i in range(n)]
print(pairs(4))
print([[list(a + b for a in "xy") for b in "12"] for _ in range(1)])
class C:
    vals = [1, 2]
    out = [sum(v * w for w in (1, 2)) for v in vals]
print(C.out)
print([(lambda a: (lambda: a + k))(1)() for k in range(3)])
print([x for x in [lambda: z for z in range(2)]][0]())
