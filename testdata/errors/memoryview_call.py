data = b"abc"
view = memoryview(data)
