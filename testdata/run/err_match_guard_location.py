# A match guard's truth test is located at the last sub-pattern CPython 3.11's
# compiler compiled (here the wildcard `_`), with its marker line.
class Flag:
    def __bool__(self):
        raise ValueError("flag has no truth value")


point = [3, 4]
match point:
    case [0, 0]:
        print("origin")
    case [x, _] if Flag():
        print("x is", x)
