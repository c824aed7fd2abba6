from pyaot import mem32

del mem32[0x20000000]
