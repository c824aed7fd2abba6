xs = [3, 2, 1, 0]
for x in xs:
    print(12 // x)
