names = {x: dir() for x in range(2)}
