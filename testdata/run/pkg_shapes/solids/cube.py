from ..square import area
from .. import UNIT as unit
from .volume_word import WORD as volume_word


def describe(side):
    return "cube: face %s, %s %d %s^3" % (area(side), volume_word, side ** 3, unit)
