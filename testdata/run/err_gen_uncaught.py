# An exception escaping a generator's body ends the program with CPython's error.


def parse(lines):
    for line in lines:
        yield int(line)


total = 0
for n in parse(["1", "2", "three", "4"]):
    print("got", n)
    total += n
print("not reached", total)
