# Two value patterns naming the same key: CPython can only tell at run time.
class Keys:
    FIRST = "id"
    SECOND = "id"


record = {"id": 1, "name": "x"}
match record:
    case {"name": "y"}:
        print("not this one")
    case {Keys.FIRST: a, Keys.SECOND: b}:
        print(a, b)
