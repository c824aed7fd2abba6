# input() writes its prompt, then reads a line; the tests run with stdin closed, so
# it meets the end of input: EOFError, as CPython raises.
try:
    line = input("Your name: ")
    print("read", repr(line))
except EOFError as e:
    print()
    print("EOFError:", e)
for bad in [lambda: input("a", "b")]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
