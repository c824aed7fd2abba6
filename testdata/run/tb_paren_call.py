# A call of a parenthesised callee starts at its opening parenthesis.
handlers = [lambda x: x + 1, lambda x: x / 0]
print((handlers[0])(1))
print((handlers [1]) (2))
