# An uncaught UnicodeDecodeError: the message is built from its arguments.
data = b'caf\xc3\xa9 \xff'
print(data[:6].decode())
print(data.decode())
