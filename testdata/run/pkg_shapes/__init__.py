print("pkg_shapes init as", __name__)
from .square import area as square_area
UNIT = "cm"
