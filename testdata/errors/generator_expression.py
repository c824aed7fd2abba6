xs = [1, 2, 3]
evens = (x for x in xs if x % 2 == 0)
print(list(evens))
