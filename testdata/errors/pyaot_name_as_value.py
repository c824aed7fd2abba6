from pyaot import mem32

regs = mem32
print(regs)
