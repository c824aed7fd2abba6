from pyaot import mem8

print(mem8[0x1000:0x1004])
