# pyaot: host-only (bare metal has no files: open() raises OSError ENOSYS there)
# Text files: open modes, read/readline/readlines/iteration, universal newlines,
# write/writelines/print(file=), seek/tell, with, and CPython's errors.
path = "/tmp/pyaot-testdata-file_io.txt"
with open(path, "w") as f:
    print(f.writable(), f.readable(), f.closed, f.name, f.mode)
    n = f.write("first line\nsecond line\r\nthird\rfourth")
    f.write("\nünïcödé ✓\n")
    print(n, file=f)
print(f.closed)
with open(path) as f:
    print(repr(f.read(5)), repr(f.readline()), repr(f.readline()))
    print([line for line in f])
with open(path, encoding="utf-8") as f:
    lines = f.readlines()
print(lines, len(lines))
f = open(path, "a")
f.writelines(["x\n", "y\n"])
f.close()
f.close()
print(open(path).read().split("\n")[-4:])
with open(path, "r+") as f:
    print(f.read(5), f.tell())
    f.seek(0)
    print(repr(f.readline()))
for bad in [lambda: open("/nonexistent/x"), lambda: open("/tmp"), lambda: open(path, "q"), lambda: open(path).write("x"), lambda: open(path, "rw"), lambda: f.read(), lambda: open(path, "x")]:
    try:
        bad()
    except (OSError, ValueError) as e:
        print(type(e).__name__, e)
