# Collector stress for bytes and bytearray: many short-lived bytes objects (slices,
# joins, encodings, struct packing) and bytearrays growing and shrinking, with a
# small live set; tests/memory.rs also runs it in a 256 KiB heap.
import struct

total = 0
keep = []
log = bytearray()
for i in range(3000):
    word = ('item-%d-' % i).encode() * (1 + i % 7)
    parts = word.split(b'-')
    joined = b'+'.join(parts)
    total += len(joined) + joined.count(b'+')
    ba = bytearray(joined)
    ba.extend(bytes(i % 50))
    ba[::3] = bytes(len(ba[::3]))
    del ba[:len(ba) // 2]
    total += sum(ba[:10]) + len(ba)
    packed = struct.pack('<iQd', i, i * i, i / 3)
    total += struct.unpack('<iQd', packed)[1] % 1000
    total += len(packed.hex()) + len(bytes.fromhex(packed.hex()))
    text = joined.decode('ascii').upper()
    total += len(text.encode('utf-8'))
    keep.append(word[:8])
    if len(keep) > 50:
        keep = keep[25:]
    log += b'%d;' % (i % 10)
    if len(log) > 2000:
        del log[:1500]
print(total, len(keep), keep[-1], len(log), log[-6:])
print(hash(bytes(keep[-1])) == hash(keep[-1]), b''.join(keep[-3:]))
