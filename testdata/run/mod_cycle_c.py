# Imports mod_cycle_d, which asks this module for a name not yet bound.
try:
    import mod_cycle_d
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0])
ready = True
