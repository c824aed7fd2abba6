# Expressions spanning lines: markers run from the start to the end of the first
# line; a statement starting its line then prints none.
def scale(x, factor):
    return x * factor // (factor - 2)


values = [scale(1, 3),
          scale(2, 4)]
print(values)
result = (scale(5,
                2)
          + 1)
print(result)
