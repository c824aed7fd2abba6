# bytes: literals, indexing, slicing, operators, comparisons, hashing, conversions.

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

# Literals: escapes, raw strings, implicit concatenation, quote choice in repr.
print(b'plain', b"double", b'''triple''', rb'raw\n', Rb'\x41', br'\\')
print(b'tab\there', b'nl\n', b'cr\r', b'nul\x00', b'hex\x7f\x80\xff', b'\101\102')
print(b'con' b'cat' rb'\d', b'')
print(b"it's", b'say "hi"', b'both \' and "', b'back\\slash')
print(repr(b"'"), repr(b'"'), repr(b'\'"'))
print(len(b'\x00' * 3), b'\0\1\2')

b = b'hello world'
print(len(b), b[0], b[-1], b[4], type(b[0]))
print(b[1:4], b[:5], b[6:], b[::2], b[::-1], b[-3:], b[100:], b[3:1], b[-100:2])
show(lambda: b[11])
show(lambda: b[-12])
show(lambda: b['x'])
show(lambda: b[1.5])

# Membership: ints and bytes-like objects.
print(b'wor' in b, b'' in b, 111 in b, 0 in b, bytearray(b'lo') in b, b'xyz' not in b)
show(lambda: 'o' in b)
show(lambda: 300 in b)
show(lambda: -1 in b)
show(lambda: None in b)

# Iteration gives ints.
for x in b'AZ':
    print(x, end=' ')
print()
print(list(b'abc'), tuple(b'ab'), sorted(b'banana'), sum(b'\x01\x02\x03'), max(b'abc'), min(b'abc'))
print(list(reversed(b'abc')), [c for c in b'xyz' if c != 121], set(b'aab') == {97, 98})
it = iter(b'ab')
print(next(it), next(it), next(it, 'done'))
a, c = b'ac'
print(a, c)

# Operators.
print(b'ab' + b'cd', b'ab' + bytearray(b'!'), b'ab' * 3, 2 * b'xy', b'ab' * 0, b'ab' * -1)
x = b'abc'
x += b'def'
x *= 2
print(x)
show(lambda: b'a' + 'b')
show(lambda: b'a' + 1)
show(lambda: 1 + b'a')
show(lambda: 'a' + b'b')
show(lambda: b'a' * 'x')
show(lambda: b'a' * 1.5)
show(lambda: [1] * b'a')
show(lambda: b'a' * [1])
show(lambda: b'a' - b'a')
show(lambda: -b'a')

# Comparisons (lexicographic, as unsigned bytes).
print(b'abc' == b'abc', b'abc' != b'abd', b'abc' < b'abd', b'ab' < b'abc', b'\xff' > b'a')
print(b'b' >= b'abc', b'' < b'\x00', b'abc' == bytearray(b'abc'), b'a' == 'a', b'a' != 97)
show(lambda: b'a' < 'b')
show(lambda: b'a' <= 1)
print(sorted([b'b', b'a', b'ab', b'', b'\x80']))
print(max(b'x', b'y'), min([b'zz', b'za']))

# Hashing: equal to str's for the same ASCII text, usable as keys.
print(hash(b'abc') == hash('abc'), hash(b'') == hash(''), hash(b'a') == hash(b'a'))
d = {b'one': 1, b'two': 2}
d[b'three'] = 3
print(d[b'two'], b'one' in d, 'one' in d, d.get(b'four'), sorted(d))
s = {b'a', b'b', b'a', bytes([97])}
print(len(s), b'a' in s, sorted(s))
key = b'k' + b'ey'
print({key: 1}[b'key'], hash(key) == hash(b'key'))

# Truth, identity of types.
print(bool(b''), bool(b'\x00'), not b'', b'x' or 0)
print(type(b'') is bytes, isinstance(b'x', bytes), isinstance(bytearray(), bytes), type(b'x'))
print(isinstance(b'x', (str, bytes)), issubclass(bytes, object), bytes.__name__, repr(bytes))
t = bytes
print(t(3), t([1, 2]), t(b'ok'), t('é', 'utf-8'))

# str(), repr(), print, f-strings, format.
print(str(b'x\n'), repr(b'y'), f'{b"z"}', f'{b"w"!r}', f'{b"v"!s:>8}|', format(b'u'), '%s' % b'pc')
show(lambda: format(b'x', '>5'))
show(lambda: f'{b"x":5}')

# Constructors.
print(bytes(), bytes(0), bytes(4), bytes([0, 127, 255]), bytes(range(65, 70)), bytes((1, 2)))
print(bytes(b'copy'), bytes(bytearray(b'ba')), bytes('text', 'ascii'), bytes('é', encoding='utf-8'))
print(bytes('x', 'latin-1', 'strict'), bytes(source=b'kw'), bytes(x for x in [104, 105]), bytes(True))
show(lambda: bytes(-1))
show(lambda: bytes('abc'))
show(lambda: bytes(5, 'utf-8'))
show(lambda: bytes(1.5))
show(lambda: bytes(None))
show(lambda: bytes([256]))
show(lambda: bytes([-1]))
show(lambda: bytes(['a']))
show(lambda: bytes(b'a', errors='strict'))
show(lambda: bytes('a', errors='strict'))
show(lambda: bytes(1, 2, 3, 4))
show(lambda: bytes(foo=1))
show(lambda: bytes('a', 'no-such-codec'))

class WithBytes:
    def __bytes__(self):
        return b'from __bytes__'

print(bytes(WithBytes()))

# ord, chr round trip.
print(ord(b'A'), ord(bytearray(b'\xff')), [chr(c) for c in b'hi'])
show(lambda: ord(b''))
show(lambda: ord(b'ab'))

# int() and float() parse ASCII bytes.
print(int(b'42'), int(b' -7 '), int(bytearray(b'1_000')), int(b'ff', 16), int(b'0x1f', 0), float(b'1.5'), float(bytearray(b' -2e3 ')))
show(lambda: int(b'x'))
show(lambda: int(b'\xff'))
show(lambda: int(b'12', 1))
show(lambda: float(b'x'))
show(lambda: float(b'\xe9'))

# Not assignable.
def assign():
    v = b'abc'
    v[0] = 1

def delete():
    v = b'abc'
    del v[0]

show(assign)
show(delete)
show(lambda: hash(bytearray(b'x')))
