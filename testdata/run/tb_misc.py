# Comparison, unary operators, assert and unpacking locate their errors as CPython.
class Box:
    pass


def checks(k):
    if k == 0:
        return Box() < 3
    if k == 1:
        return -"text"
    if k == 2:
        assert k == 3, "k is " + str(k)
    first, second = k
    return first


for k in range(3):
    try:
        checks(k)
    except (TypeError, AssertionError) as e:
        print(type(e).__name__, e)
print(checks(4))
