def fmt(x):
    from pkg_shapes import UNIT
    return "%s %s^2" % (x, UNIT)
