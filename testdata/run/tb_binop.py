# A multi-character operator between parenthesised operands: anchored markers.
def average(values, count):
    return (sum(values) + 0) // (count - len(values))


print(average([1, 2, 3], 3))
