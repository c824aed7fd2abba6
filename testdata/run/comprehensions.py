# List and dict comprehensions: several for/if clauses, nesting, their own scope.
xs = [3, 1, 4, 1, 5, 9, 2, 6]
print([x * x for x in xs])
print([x for x in xs if x % 2 == 1 if x > 1])
print([(i, j) for i in range(3) for j in range(i)])
print({x: x * 2 for x in xs if x > 3})
words = ["apple", "bob", "kiwi"]
print({w: len(w) for w in words})
print([[r * c for c in range(3)] for r in range(3)])
x = "outer"
print([x for x in range(3)], x)
def f(n):
    k = 10
    return [i + k for i in range(n)]
print(f(4))
pairs = [(1, "a"), (2, "b")]
print([f"{n}{s}" for n, s in pairs])
print(sum([v for v in range(101)]))
print([y for row in [[1, 2], [3]] for y in row])
total = [(m := m2) for m2 in range(3)]
print(total, m)
funcs = [lambda: 1, lambda: 2]
print([g() for g in funcs])
