name = "pyaot"
print(f"hello {name}")
