a = [1, 2, 3]
b = a
c = list(a)
b.append(4)
print(a, b, c)
print(a is b, a is c, a == b, a == c + [4])
def mutate(lst):
    lst.append("m")
    lst[0] = "first"

mutate(a)
print(a, b)
def rebind(lst):
    lst = [0]
    return lst

print(rebind(a), a)
t = tuple(a)
print(t, list(t), list("abc"), list(range(4)), tuple([1]))
