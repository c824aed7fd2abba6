from functools import reduce, singledispatch
