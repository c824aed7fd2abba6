import mod_cycle_a
from mod_cycle_a import value

seen = value
print("mod_cycle_b sees", mod_cycle_a.value, value)
