# int.to_bytes and int.from_bytes, for ints of any size, signed and unsigned.

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print((5).to_bytes(), (1024).to_bytes(2, 'big'), (1024).to_bytes(2, 'little'), (0).to_bytes(0, 'big'), (255).to_bytes(1, byteorder='big'))
print((-1).to_bytes(1, 'big', signed=True), (-128).to_bytes(1, 'big', signed=True), (127).to_bytes(1, 'big', signed=True), (-129).to_bytes(2, 'little', signed=True))
print((2**64 - 1).to_bytes(8, 'big'), (2**64).to_bytes(9, 'little'), (-2**63).to_bytes(8, 'big', signed=True), (2**100 + 5).to_bytes(13, 'big'))
print((-2**100).to_bytes(13, 'big', signed=True), (-(2**127)).to_bytes(16, 'little', signed=True), (12345678901234567890123).to_bytes(12, 'little'))
print((0).to_bytes(0, 'big', signed=True), (1).to_bytes(length=4, byteorder='little', signed=False), True.to_bytes(2, 'big'), (3).to_bytes(3))
n = 2**200 - 12345
print(int.from_bytes(n.to_bytes(26, 'big'), 'big') == n, int.from_bytes((-n).to_bytes(26, 'little', signed=True), 'little', signed=True) == -n)

print(int.from_bytes(b'\x04\x00', 'big'), int.from_bytes(b'\x04\x00', 'little'), int.from_bytes(b''), int.from_bytes(b'', 'big', signed=True))
print(int.from_bytes(b'\xff', 'big', signed=True), int.from_bytes(b'\xff\xff', 'little'), int.from_bytes(b'\x80' + b'\x00' * 7, 'big', signed=True))
print(int.from_bytes(b'\xff' * 8, 'big'), int.from_bytes(b'\xff' * 8, 'big', signed=True), int.from_bytes(b'\x01' + b'\x00' * 16, 'big'), int.from_bytes(b'\x80' + b'\x00' * 16, 'big', signed=True))
print(int.from_bytes([1, 2], 'big'), int.from_bytes(bytearray(b'\x01\x00'), 'little'), int.from_bytes((x for x in [255, 0]), 'little', signed=True), int.from_bytes(bytes=b'\x01', byteorder='little'))
print(int.from_bytes(b'\xfe\xff\xff\xff\xff\xff\xff\xff\xff\xff', 'little', signed=True), int.from_bytes(b'\x00\x00\x00\x01', 'big'))
print(bool.from_bytes(b'\x00\x02', 'big'), bool.from_bytes(b'\x00', 'big'), (7).from_bytes(b'\x01\x01', 'little'), True.from_bytes(b'\x05'))
for v in [0, 1, -1, 127, 128, -128, -129, 255, 256, 2**31 - 1, -2**31, 2**62, -2**62 - 1, 2**63, 2**64 + 1, -2**64]:
    size = (v.bit_length() + 8) // 8
    for order in ['big', 'little']:
        assert int.from_bytes(v.to_bytes(size, order, signed=True), order, signed=True) == v
        if v >= 0:
            assert int.from_bytes(v.to_bytes(size, order), order) == v
print('round trips ok')

show(lambda: (5).to_bytes(0))
show(lambda: (300).to_bytes(1, 'big'))
show(lambda: (128).to_bytes(1, 'big', signed=True))
show(lambda: (-129).to_bytes(1, 'big', signed=True))
show(lambda: (2**64).to_bytes(8, 'big'))
show(lambda: (-1).to_bytes(1, 'big'))
show(lambda: (1).to_bytes(1, 'middle'))
show(lambda: (1).to_bytes(-1, 'big'))
show(lambda: (1).to_bytes(1, 1))
show(lambda: (1).to_bytes('x'))
show(lambda: (1).to_bytes(1, 'big', True))
show(lambda: (1).to_bytes(x=1))
show(lambda: (1).to_bytes(1, 'big', signed=1, x=2))
show(lambda: int.from_bytes('ab', 'big'))
show(lambda: int.from_bytes(1, 'big'))
show(lambda: int.from_bytes(b'a', 'x'))
show(lambda: int.from_bytes())
show(lambda: int.from_bytes(b'', 'big', True))
show(lambda: int.from_bytes([300], 'big'))
show(lambda: int.from_bytes(['a'], 'big'))

class Codec:
    def encode(self, x):
        return 'custom encode ' + str(x)

    def to_bytes(self):
        return 'custom to_bytes'

print(Codec().encode(1), Codec().to_bytes())
