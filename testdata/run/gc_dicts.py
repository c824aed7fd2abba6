# Dict churn: dicts built, filled, partly emptied and dropped, while a long-lived
# registry keeps some of them; their contents must survive every collection.
registry = {}
checksum = 0
for i in range(3000):
    d = {}
    for j in range(20):
        d["k" + str(j)] = str(i * j)
    checksum += len(d["k19"])
    if i % 100 == 0:
        registry[i] = d
    else:
        for j in range(10):
            d.pop("k" + str(j))
    checksum += len(d)
print(checksum)
print(len(registry), registry[2900]["k19"], len(registry[0]), registry[100]["k3"])
total = 0
for key in registry:
    total += len(registry[key])
print(total)
