# A module whose namespace other programs inspect (vars, dir, __dict__).
counter = 0
label = "intro"


def bump():
    global counter
    counter += 1
    return counter


def read_later():
    return later


class Thing:
    pass
