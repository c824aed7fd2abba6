# `from mod_stars import *` binds only the names in __all__.
__all__ = ["visible", "shout"]

visible = "visible"
hidden = "hidden"


def shout(s):
    return s.upper() + "!"


print("mod_stars loaded as", __name__)
