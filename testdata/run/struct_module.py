# The struct module: formats, byte orders, native sizes and alignment (x86-64's,
# on every target), pack/unpack and friends, and struct.error's messages.
import struct
from struct import pack, unpack, calcsize, Struct

def show(f):
    try:
        print(repr(f()))
    except struct.error as e:
        print('struct.error', e)
    except Exception as e:
        print(type(e).__name__, e)

print(calcsize('i'), calcsize('@bhiqd'), calcsize('<bhiqd'), calcsize('P'), calcsize('n'), calcsize('e'), calcsize('l'), calcsize('<l'))
print(calcsize('@bi'), calcsize('@ib'), calcsize('@bq'), calcsize('@b0q'), calcsize('=bq'), calcsize('@bhbe'), calcsize('@3sI'), calcsize(' i  h '), calcsize('<\ti'), calcsize(b'>H'), calcsize(''))
print(pack('<hHiIqQ', -2, 65535, -3, 4000000000, -2**63, 2**64 - 1))
print(pack('>hHiIqQ', -2, 65535, -3, 4000000000, -2**63, 2**64 - 1))
print(pack('!h', -2), pack('=i', 1), pack('@bI', 1, 2), pack('ll', 1, 2), pack('<l', -1), pack('>L', 2**32 - 1))
print(pack('bB?c', -1, 255, 5, b'x'), pack('?', []), pack('?', 'x'), pack('5s', b'ab'), pack('2s', b'abcd'), pack('0s', b'ab'), pack('3s', bytearray(b'a')))
print(pack('5p', b'abcdefg'), pack('1p', b'ab'), pack('0p', b'x'), pack('300p', b'a' * 300)[:3], pack('3c', b'a', b'b', b'c'), pack('2i', 1, 2), pack('<2x'), pack('x?x', True))
print(pack('<f', 1.5), pack('>d', 1 / 3), pack('<e', 1.5), pack('>e', 1.5), pack('<e', 65519.0), pack('<e', -0.0), pack('<e', 6.1e-5), pack('<e', 5.9604644775390625e-08), pack('<e', 2.98e-08), pack('<e', 1e-8))
print(pack('<e', float('nan')), pack('<e', float('-inf')), pack('<f', float('inf')), pack('f', 1e300), pack('<f', 3.4028235e38), pack('<d', 2), pack('<f', True))
print(pack('n', -1), pack('N', 2**64 - 1), pack('P', -1), pack('i', True), pack(b'<h', 5))

data = bytes(range(28))
print(unpack('<hHiIqQ', data), unpack('>hHiIqQ', data), unpack('@nNP', b'\xff' * 24))
print(unpack('<?', b'\x00'), unpack('?', b'\x02'), unpack('3c', b'abc'), unpack('2xb', b'\x00\x00\x05'), unpack('4s', b'abcd'), unpack('5p', b'\x09abcd'), unpack('5p', b'\x02abcd'))
print(unpack('<e', b'\x00\x7c'), unpack('<e', b'\x00\xfc'), unpack('<e', b'\x00\xfe'), unpack('>e', b'\x80\x00'), unpack('<e', b'\x01\x00'), unpack('<e', pack('<e', 0.1)), unpack('<e', pack('<e', -65504.0)))
print(unpack('<f', pack('<f', 1 / 3)), unpack('>d', pack('>d', 1 / 3)), unpack('f', b'\x00\x00\xc0\x7f'), unpack('<i', bytearray(b'\x01\x00\x00\x00')))
print(unpack('@bi', pack('@bi', -5, 7)), unpack('<qQ', pack('<qQ', -2**63, 2**64 - 1)), unpack('!L', b'\x00\x00\x01\x00'))
for fmt, values in [('<bhil', (-1, -300, -70000, 2**31 - 1)), ('>BHIL', (255, 65535, 2**32 - 1, 7)), ('@?xhxxq', (False, 9, -9)), ('<10s2p', (b'ten', b'p')), ('d f e', (2.5, 0.5, -2.0))]:
    packed = pack(fmt, *values)
    print(fmt, len(packed) == calcsize(fmt), unpack(fmt, packed))

buf = bytearray(12)
struct.pack_into('<hi', buf, 2, 7, -1)
print(buf)
struct.pack_into('>H', buf, -2, 258)
print(buf, struct.unpack_from('<hi', buf, 2), struct.unpack_from('>H', buf, offset=10), struct.unpack_from('<i', buf), struct.unpack_from('<h', buf, -2))
print(struct.unpack_from('<b', b'\x01\x02', 1), struct.unpack_from('i', buffer=b'\x01\x00\x00\x00'))
it = struct.iter_unpack('<hb', b'\x01\x00\x02\x03\x00\x04')
print(type(it).__name__, list(it), list(struct.iter_unpack('<h', b'')), [x for (x,) in struct.iter_unpack('B', b'abc')])
print(struct.error, issubclass(struct.error, Exception), struct.error.__name__, repr(struct.error('x')), str(struct.error('x')), repr(struct.pack))

# Errors.
for mode in ['', '<', '>', '=', '!']:
    for code, v in [('b', 200), ('B', 300), ('B', -1), ('h', 70000), ('H', -1), ('H', 70000), ('i', 2**40), ('I', -1), ('I', 2**33), ('l', 2**40), ('l', 2**70), ('L', -1), ('L', 2**40),
                    ('q', 2**63), ('q', -2**70), ('Q', -1), ('Q', 2**65), ('n', 2**70), ('N', -1), ('P', 2**70), ('i', 'x'), ('i', 1.0), ('f', 'x'), ('f', 1e300), ('d', 2**1024),
                    ('e', 1e6), ('e', 65520.0), ('c', b'ab'), ('c', 'a'), ('c', bytearray(b'a')), ('s', 'a'), ('p', 1), ('x', 1)]:
        show(lambda: pack(mode + code, v))
show(lambda: pack('ii', 1))
show(lambda: pack('i', 1, 2))
show(lambda: pack('i'))
show(lambda: pack('z', 1))
show(lambda: pack(' <i', 1))
show(lambda: pack('2', 1))
show(lambda: calcsize('i 3'))
show(lambda: calcsize('3 i'))
show(lambda: calcsize('99999999999999999999i'))
show(lambda: calcsize('<n'))
show(lambda: calcsize(5))
show(lambda: calcsize())
show(lambda: calcsize('i', 1))
show(lambda: pack())
show(lambda: pack(1))
show(lambda: unpack('i', b'12'))
show(lambda: unpack('i', 'abcd'))
show(lambda: unpack('i'))
show(lambda: struct.pack_into('i', bytearray(6), 4, 1))
show(lambda: struct.pack_into('i', bytearray(6), -10, 1))
show(lambda: struct.pack_into('i', bytearray(8), -2, 1))
show(lambda: struct.pack_into('i', b'123456', 0, 1))
show(lambda: struct.pack_into('i', 'abcd', 0, 1))
show(lambda: struct.pack_into('i', bytearray(4), 'x', 1))
show(lambda: struct.pack_into('i'))
show(lambda: struct.pack_into('i', bytearray(4)))
show(lambda: struct.pack_into('i', bytearray(4), 0))
show(lambda: struct.unpack_from('i', b'12'))
show(lambda: struct.unpack_from('i', b'123456', -10))
show(lambda: struct.unpack_from('i', b'123456', 4))
show(lambda: struct.unpack_from('i'))
show(lambda: struct.unpack_from('i', b'1234', 0, 1))
show(lambda: struct.unpack_from('i', b'1234', offset='x'))
show(lambda: struct.iter_unpack('i', b'12345'))
show(lambda: struct.iter_unpack('', b''))
show(lambda: struct.iter_unpack('i'))
show(lambda: struct.iter_unpack('i', 'abcd'))
try:
    pack('>h', 10**6)
except Exception as e:
    print(type(e).__name__, e, isinstance(e, struct.error))

# The Struct class.
S = struct.Struct
s = S('<hi')
print(s.size, s.format, S(b'>H').format, S(format='i').size, type(s).__name__, type(s), isinstance(s, S), S('i') == S('i'))
print(s.pack(1, 2), s.unpack(s.pack(-1, -2)), s.unpack_from(b'\x00' * 8, 2), s.unpack_from(b'\x01' * 8, offset=1), list(s.iter_unpack(s.pack(1, 2) * 2)))
b = bytearray(8)
print(s.pack_into(b, 1, 3, 4), b, s.size + 1, hash(s) == hash(s))
show(lambda: S('z'))
show(lambda: S())
show(lambda: S(5))
show(lambda: S('i', 'j'))
show(lambda: s.pack(1))
show(lambda: s.unpack(b'12'))
show(lambda: s.unpack_from())
show(lambda: s.unpack_from(b'1', x=2))
show(lambda: s.pack_into(bytearray(8), 1))
show(lambda: s.unpack())
show(lambda: s.unpack(b'1', b'2'))
show(lambda: s.iter_unpack())
show(lambda: s.nothing)
show(lambda: s.pack(x=1))
show(lambda: s.unpack(buffer=b''))
show(lambda: S('i').pack(2**40))
show(lambda: S('').iter_unpack(b''))
show(lambda: struct.calcsize(S('i')))
print(Struct is struct.Struct)
show(lambda: struct.unpack_from('i', b'1234', x=1))
