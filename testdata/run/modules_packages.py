# Packages: __init__.py, submodules, relative imports, `import a.b.c`, and the
# submodule becoming an attribute of its package.
import pkg_shapes
print(pkg_shapes.square_area(3), pkg_shapes.UNIT, pkg_shapes.__name__)

import pkg_shapes.solids.cube
print(pkg_shapes.solids.cube.describe(2))
print(pkg_shapes.solids.cube.__name__, pkg_shapes.solids.__name__)

from pkg_shapes.solids import cube as c
print(c is pkg_shapes.solids.cube, c.describe(1))

import pkg_shapes.square as sq
print(sq.area(5), sq is pkg_shapes.square)

from pkg_shapes import util, square
print(util.fmt(7), square.area(1))
print(hasattr(pkg_shapes, "util"), hasattr(pkg_shapes.solids, "volume_word"))
