xs = [1, 2, 3]
squares = [x * x for x in xs]
