def longest(words):
    # The walrus would bind `n` in longest(), around the generator expression.
    best = max((n := len(w)) for w in words)
    return best, n
