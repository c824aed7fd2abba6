from pyaot import u8

u8 = 255
