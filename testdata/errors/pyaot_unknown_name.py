from pyaot import export, mem64
