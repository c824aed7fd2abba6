def names():
    a = 1
    return dir()
