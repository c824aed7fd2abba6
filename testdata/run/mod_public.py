# Without __all__, `import *` binds every global not starting with an underscore.
import math

pub_value = 42
_private_value = -1


def pub_function():
    return "pub_function"


def _private_function():
    return "private"


class PubClass:
    pass
