# Bytes workloads: building records with bytes(), %-formatting and join, parsing
# them back with split/find/indexing/slicing, a bytearray checksum loop, hex and
# struct round trips.
import struct

records = []
for i in range(40000):
    name = b'user%d' % i
    records.append(b','.join([name, bytes(str(i * 7), 'ascii'), b'x' * (i % 13)]))
blob = b'\n'.join(records)

total = 0
for line in blob.split(b'\n'):
    fields = line.split(b',')
    total += int(fields[1]) + len(fields[2])
    total += line.find(b',') + line.rfind(b'x') + line.count(b'1')
    if line.startswith(b'user1'):
        total += line[4]
    total += line[:4] == b'user'

acc = bytearray()
for rec in records[:20000]:
    acc += rec[::-1]
    acc.append(10)
check = 0
for i in range(0, len(acc), 7):
    check = (check * 31 + acc[i]) % 1000003

hexed = blob[:100000].hex()
same = bytes.fromhex(hexed) == blob[:100000]
packed = b''.join(struct.pack('<iHd', i, i % 65536, i / 8) for i in range(20000))
unpacked = sum(t[0] + t[1] for t in struct.iter_unpack('<iHd', packed))
print(total, check, same, len(packed), unpacked, blob.count(b'user'), blob.upper()[:20])
