g = globals
print(g())
