# An exception raised inside a generator while a for loop and sum() consume it.
def ratios(values):
    for v in values:
        yield 100 // v


def report(values):
    for r in ratios(values):
        print(r)
    return sum(x % 3 for x in ratios(values))


print(report([1, 5, 10]))
report([4, 0])
