# A generator expression as the only argument: its node takes the call's parentheses.
def values(n):
    return range(n) if n else 5


print(sum(x * 2 for x in values(3)))
print(max(x for x in values(0)))
