d = {}
d["z"] = 1
d["a"] = 2
d["m"] = 3
for k in d:
    print(k, d[k])
for v in d.values():
    print(v)
for item in d.items():
    print(item, item[0], item[1])
d.pop("a")
d["a"] = 4
print(list(d))
d["z"] = 10
print(d)
squares = {}
for i in range(6):
    squares[i] = i * i
print(squares)
total = 0
for k in squares.keys():
    total = total + squares[k]
print(total)
big = {}
for i in range(200):
    big[i * 7 % 200] = i
print(len(big), big[0], big[7], big[199])
for i in range(0, 200, 2):
    big.pop(i)
print(len(big), len(list(big.keys())), big[1], big[199])
