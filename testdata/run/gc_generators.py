# A million generators made and dropped in a loop: some run to the end, some are
# abandoned after one item (their stacks must come back when they die), some are
# generator expressions that any() stops early. Memory stays bounded.


def pair(i):
    yield i
    yield i + 1


data = [1, 5, 9, 2]
finished = abandoned = early = 0
for i in range(1000000):
    k = i % 3
    if k == 0:
        for x in pair(i):
            finished += x
    elif k == 1:
        g = pair(i)
        abandoned += next(g)
    elif any(x > 4 for x in data):
        early += 1
print(finished, abandoned, early)

# Suspended generators kept alive while many others come and go.
keep = [pair(i) for i in range(3)]
for g in keep:
    next(g)
total = 0
for i in range(100000):
    total += sum(pair(i))
print(total, sum(next(g) for g in keep))


# Suspended generators whose data only their own frames refer to, while collections
# run.
def holder(n):
    data = [str(i) * 3 for i in range(n)]
    table = {i: [i] * 3 for i in range(n)}
    yield len(data)
    yield "".join(data[-3:]) + str(table[n - 1])


holders = [holder(n) for n in (40, 50)]
print([next(h) for h in holders])
churn = 0
for i in range(30000):
    churn += len([str(i)] * 10)
print(churn, [next(h) for h in holders])
