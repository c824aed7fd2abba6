# CPython 3.11's anchors after a parenthesised left operand (its `)` is skipped,
# so the carets take the operator and the `(` after it).
def power(base, exponent):
    return (base)**(exponent)


print(power(2, 10))
print(power(2, "ten"))
