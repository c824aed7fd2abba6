def setup():
    from pyaot import mem32
    mem32[0x40004008] = 1
