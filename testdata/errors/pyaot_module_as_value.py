import pyaot

print(pyaot)
