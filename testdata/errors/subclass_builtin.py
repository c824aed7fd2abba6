class Pair(tuple):
    pass
