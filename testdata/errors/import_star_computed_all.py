from computed_all_pkg import *
print(a)
