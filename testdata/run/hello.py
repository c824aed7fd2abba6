print("Hello, world!")
print("pyaot", "compiles", "Python")
print()
print(42)
