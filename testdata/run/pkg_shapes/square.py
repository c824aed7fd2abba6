from . import util


def area(side):
    return util.fmt(side * side)
