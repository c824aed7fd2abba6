# printf-style formatting of bytes and bytearray (PEP 461).

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(b'%d %i %u' % (1, -2, 3), b'%5d|%-5d|%05d|%+d|% d' % (1, 2, 3, 4, 5))
print(b'%x %X %o %#x %#X %#o' % (255, 255, 8, 255, 255, 8), b'%#x' % -255, b'%d' % 10**30, b'%x' % 2**70)
print(b'%f %.2f %e %g %G %E' % (1.5, 2.345, 12345.678, 0.00001, 1e20, 1.0))
print(b'%10.3f|%-10.2e|%.0f|%g' % (3.14159, 2.5, 2.5, 100000000.0), b'%f' % 3, b'%d' % 3.7, b'%d' % True)
print(b'%s and %b' % (b'bytes', bytearray(b'array')), b'%5s|%-5s|%.1s' % (b'ab', b'ab', b'ab'))
print(b'%r %a' % ('é', b'x'), b'%a' % 'é€😀', b'%r' % 1.5, b'%-6r|' % 'a', b'%r' % [1, 'x'])
print(b'%c%c%c' % (65, b'B', bytearray(b'C')), b'%3c|%-3c|' % (120, 121))
print(b'%(a)d %(b)s %(a)x' % {b'a': 10, b'b': b'bee'}, b'%*d|%-*d|%.*f' % (5, 1, 4, 2, 2, 3.14159))
print(b'100%%' % (), b'%%%d%%' % 7, b'no fields' % (), b'x' % {}, b'%s' % (b'tuple',), b'%s' % b'single')
print(bytearray(b'%d-%s') % (1, b'x'), type(bytearray(b'%d') % 1).__name__)

class B:
    def __bytes__(self):
        return b'<B>'

print(b'[%s]' % B(), b'[%b]' % (B(),))

show(lambda: b'%d' % 'x')
show(lambda: b'%x' % 3.7)
show(lambda: b'%f' % 'x')
show(lambda: b'%s' % 'text')
show(lambda: b'%s' % 5)
show(lambda: b'%b' % [1])
show(lambda: b'%c' % 300)
show(lambda: b'%c' % -1)
show(lambda: b'%c' % 'a')
show(lambda: b'%c' % b'ab')
show(lambda: b'%y' % 1)
show(lambda: b'%d %d' % 1)
show(lambda: b'%d' % (1, 2))
show(lambda: b'x' % 5)
show(lambda: b'%' % ())
show(lambda: b'%(a)s' % {'a': b'x'})
show(lambda: b'%(a)s' % (1,))
show(lambda: b'%(a' % {b'a': 1})
show(lambda: b'%*d' % ('x', 1))
show(lambda: 5 % b'x')
