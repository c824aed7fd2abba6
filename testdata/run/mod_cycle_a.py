# Imports mod_cycle_b, which imports this module back while it is half done.
value = "early"
import mod_cycle_b
value = "late"
print("mod_cycle_a done; b saw", mod_cycle_b.seen)
