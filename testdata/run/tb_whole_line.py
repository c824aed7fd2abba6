# Expressions covering their whole line print no marker line.
def fail():
    raise RuntimeError("no markers for a whole line")


def run():
    fail()


run()
