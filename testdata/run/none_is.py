x = None
print(x, x is None, x is not None, x == None)
def nothing():
    pass

def early(n):
    if n > 0:
        return n
    return

r = nothing()
print(r, r is None)
print(early(5), early(-5), early(0) is None)
y = 3
print(y is None, y is not None)
values = [None, 0, "", [], 1]
for v in values:
    if v is None:
        print("None")
    elif v:
        print("truthy", v)
    else:
        print("falsy", repr(v))
print([None, None], (None,), {"k": None})
print(str(None), repr(None), bool(None))
