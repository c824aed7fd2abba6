# Corner cases of bytes and bytearray: every byte value's repr, overlapping
# matches, extreme slices, aliasing in bytearray updates, big inputs.

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

all_bytes = bytes(range(256))
print(all_bytes)
print(bytearray(all_bytes[120:140]), repr(all_bytes[30:40]))
print(all_bytes.decode('latin-1').encode('latin-1') == all_bytes, len(all_bytes.hex()), all_bytes[::51])
print(b"'" * 2 + b'"', b'"\'"', bytearray(b"it's"), repr(bytearray(b'"')))

# Overlapping matches: left to right, non-overlapping.
print(b'aaa'.split(b'aa'), b'aaa'.rsplit(b'aa'), b'aaaa'.replace(b'aa', b'b'), b'aaaa'.count(b'aa'), b'aaa'.rfind(b'aa'))
print(b',a,,b,'.split(b','), b',a,,b,'.rsplit(b',', 2), b'  '.split(b' '), b'a b'.split(None, 0), b'  a  '.split(None, 0), b'  a  '.rsplit(None, 0))
print(b'abcabc'.partition(b'bc'), b'abcabc'.rpartition(b'bc'), b'ab'.partition(b'abc'))

# Bounds of every size.
b = b'0123456789'
print(b[::10**20], b[10**20:], b[-10**20:3], b[::-10**20], b[5:-10**20:-1], b[True], b[False:True])
print(b.find(b'5', -10**20, 10**20), b.count(b'', 10**20), b.find(b'', 10, 10), b.find(b'', 11), b.startswith(b'', 10), b.startswith(b'', 11))
print(b.endswith(b'9', -1), b.endswith(b'89', 0, -0), b.rfind(b'', 3, 5), b.index(b'', -3), b[-3:].find(b'8'))
show(lambda: b[10**20])
print(bytes([True, False, 2]), bytearray([True]), bytes(b'') is bytes(b''), bytes(b'x') == b'x')

# bytearray aliasing: reading itself while it changes.
ba = bytearray(b'abc')
try:
    ba += ba
except BufferError as e:
    print(type(e).__name__, e, isinstance(e, Exception))
ba += bytes(ba)
print(ba)
ba.extend(ba)
print(ba)
ba[::2] = ba[1::2]
print(ba)
ba[:] = ba[::-1]
print(ba)
ba[2:4] = ba
print(ba, len(ba))
ba *= 2
del ba[::3]
print(ba)
ba[len(ba):] = b'!'
ba[-1:-1] = b'?'
ba[::-1] = bytes(len(ba))
print(ba)

# Slice assignment with steps, both directions.
sa = bytearray(b'0123456789')
sa[::-2] = b'ABCDE'
sa[1:8:3] = b'xyz'
print(sa)
sa[8:2:-2] = bytearray(b'pqr')
print(sa)
del sa[-1:-8:-3]
print(sa)

# Big inputs.
big = b'ab' * 100000
print(len(big), big.count(b'ba'), big.find(b'bb'), big.rfind(b'ab'), len(big.split(b'a')), big[-5:], len(big.replace(b'a', b'xy')), big.upper()[:6])
print(len(bytearray(big) * 2), (b'-' * 50000 + b'needle').find(b'needle'), (b'x' * 1000).split(b'x')[:2], b'x'.join([b'a'] * 5))
hb = bytes(range(256)) * 100
print(bytes.fromhex(hb.hex()) == hb, hb.hex(':', 4)[:40], len(hb.hex('-', -3)))
print(len(b' '.join(str(i).encode() for i in range(20000))), sum(b'xyz' * 1000), max(hb), min(hb))

# Equality and ordering across types and lengths.
items = [b'b', bytearray(b'a'), b'', b'ab', bytearray(b'\xff'), b'\x00']
print(sorted(items), sorted(items, reverse=True))
print(b'abc' < b'abd' < b'b', b'\xff' > b'\x7f', b'a\x00' > b'a', bytearray(b'x') == bytearray(b'x'), bytearray(b'x') != b'y')
print({b'a': 1} == {b'a': 1}, b'a' in {b'a': 0}, bytearray(b'a') in {b'a': 0} if False else 'skip', [b'a', b'b'].index(b'b'))
print(hash(b'\x00') == hash(bytes(1)), hash(b'\x00') == hash('\x00'), len({bytes([i]) for i in range(256)}), len({b'', b'', bytes()}))
