# Subscripts: `~` under the value, `^` under the brackets, spaces inside kept.
prices = {"apple": 3, "pear": 4}


def cost(basket):
    return sum(prices [ name ] * n for name, n in basket)


def check(row):
    row[0] = row[0]


print(cost([("apple", 2), ("pear", 1)]))
check([1])
print(cost([("apple", 1), ("plum", 5)]))
