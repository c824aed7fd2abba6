from mod_cycle_c import ready
