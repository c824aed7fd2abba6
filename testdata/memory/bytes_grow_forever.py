# Grows bytes objects and a bytearray forever: under a heap limit the program must
# end with MemoryError (status 1), never a crash. tests/memory.rs holds the expected
# behaviour (CPython has no heap limit).
print("growing")
chunks = []
log = bytearray()
n = 0
while True:
    chunks.append(bytes(n % 300) + b'%d' % n)
    log += b'entry %d;' % n
    n += 1
