# In a comprehension, a condition tested after a comparison, and the iteration of
# an inner loop, are located at that comparison, as in CPython 3.11.
class Flag:
    def __bool__(self):
        raise ValueError("flag has no truth value")


values = [1, 2, 3]
print([v for v in values if v < 5 if v])
pairs = [(v, w) for v in values if v < 2 for w in "ab"]
print(pairs)
print([v for v in values if v < 5 if Flag()])
