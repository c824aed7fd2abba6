# pyaot: host-only (bare metal has no files: open() raises OSError ENOSYS there)
# Binary files: 'wb', 'rb', 'ab', 'xb', 'r+b', 'w+b'; read/read(n)/readline/
# readlines/iteration giving bytes, write(bytes-like) returning the count, seek/tell.
path = "/tmp/pyaot-testdata-file_binary.bin"
with open(path, "wb") as f:
    print(type(f).__name__, f.mode, f.name == path, f.readable(), f.writable(), f.seekable())
    print(f.write(b"line one\n"), f.write(bytearray(b"line two\r\n")), f.write(b""))
    print(f.write(bytes(range(256))), f.tell())
    f.write(b"\nlast")
print(f.closed)

with open(path, "rb") as f:
    print(type(f).__name__, f.mode, f.readable(), f.writable())
    print(f.read(4), f.read(0), f.tell())
    print(f.readline(), f.readline())
    data = f.read(256)
    print(len(data), data[:5], data[-3:], data == bytes(range(256)))
    print(f.read(), f.read(), f.read(3))

f = open(path, "rb")
lines = f.readlines()
print(len(lines), lines[0], lines[1], lines[-1])
f.seek(0)
print([len(line) for line in f])
print(f.seek(-4, 2), f.read())
print(f.seek(5), f.seek(3, 1), f.read(3), f.tell())
print(f.seek(-2, 1), f.read(2))
f.seek(0)
print(f.readline(4), f.readline(-1), f.readline(None))
f.seek(0)
print(f.readlines(1), f.readlines(9))
f.seek(0)
print(f.read(-1)[:4], f.read(None))
f.close()

# Append, exclusive creation, read-write modes.
with open(path, "wb") as f:
    f.write(b"abc")
with open(path, "ab") as f:
    print(f.mode, f.tell(), f.write(b"def"))
print(open(path, "rb").read())
with open(path, "r+b") as f:
    print(type(f).__name__, f.mode, f.read(2))
    f.write(b"XY")
    print(f.tell(), f.read())
    f.seek(0)
    print(f.read())
with open(path, "w+b") as f:
    print(f.mode, f.read(), f.write(b"0123456789"), f.tell())
    f.seek(3)
    print(f.read(2))
    f.seek(0)
    f.write(b"--")
    f.seek(0, 0)
    print(f.read())
with open(path, "a+b") as f:
    print(f.mode, f.write(b"+"))
    f.seek(0)
    print(f.read())
with open(path, "br") as f:
    print(f.mode, f.read(3))

# Writing many small pieces and one large block.
with open(path, "wb") as f:
    for i in range(1000):
        f.write(b"%d," % i)
    f.write(b"x" * 20000)
with open(path, "rb") as f:
    data = f.read()
print(len(data), data[:12], data.count(b","), data.endswith(b"xxx"))

# Text and binary views of the same file.
with open(path, "w") as f:
    f.write("h\u00e9llo\nw\u00f6rld\n")
with open(path, "rb") as f:
    print(f.read())
with open(path) as f:
    print(f.read(3), f.tell(), f.seek(0), f.readline(), f.tell(), f.seekable())
