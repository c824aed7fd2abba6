# List, set and dict comprehensions have frames of their own in CPython 3.11: an
# exception inside one adds a `<listcomp>` entry under the enclosing frame's.
def parse_all(rows):
    return {key: [int(v) for v in values] for key, values in rows.items()}


def check(rows):
    try:
        return {len(v) for v in rows if v[0] > 0}
    except TypeError as e:
        print("caught:", e)
        return set()


print(check([[1, 2], [3]]))
print(check([[1], ["a"]]))
print(parse_all({"a": ["1", "2"]}))
print(parse_all({"a": ["1"], "b": ["2", "three"]}))
