# bytearray: mutation (items, slices, methods, += and *=) and what it shares with bytes.

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

ba = bytearray(b'hello')
print(ba, repr(ba), str(ba), len(ba), ba[0], ba[-1], ba[1:3], ba[::-1], type(ba[1:3]).__name__)
ba[0] = 74
ba[-1] = ord('y')
print(ba)
ba[1:3] = b'EE'
print(ba)
ba[1:3] = b'ABCDE'
print(ba)
ba[2:6] = b''
print(ba)
ba[:0] = bytearray(b'<<')
ba[len(ba):] = [62, 62]
print(ba)
ba[::2] = b'1234567890'[:len(ba[::2])]
print(ba)
ba[:] = ba
print(ba)
ba[1:4] = (x for x in b'xyz')
print(ba)
ba[5:2] = b'ins'
print(ba)
del ba[0]
del ba[-1]
print(ba)
del ba[1:3]
print(ba)
del ba[::2]
print(ba)
del ba[::-3]
print(ba)
del ba[100:]
del ba[:]
print(ba, len(ba))

# Methods that change it.
ba = bytearray()
ba.append(97)
ba.extend(b'bc')
ba.extend([100, 101])
ba.extend(bytearray(b'f'))
ba.extend(x for x in range(103, 105))
ba.extend(ba)
print(ba)
ba.insert(0, 65)
ba.insert(-1, 66)
ba.insert(100, 67)
ba.insert(-100, 68)
print(ba)
print(ba.pop(), ba.pop(0), ba.pop(-2), ba)
ba.remove(97)
print(ba)
ba.reverse()
print(ba)
c = ba.copy()
c[0] = 33
print(ba, c, c is ba)
ba.clear()
print(ba, bool(ba))

# += and *= change the object in place; + and * make new ones.
a = bytearray(b'ab')
alias = a
a += b'cd'
a += bytearray(b'e')
print(a, alias, a is alias)
a *= 2
print(alias)
a *= 0
print(alias, len(alias))
x = bytearray(b'xy')
y = x + b'!'
z = b'!' + x
w = x * 2
print(x, y, z, w, type(y).__name__, type(z).__name__, type(w).__name__, 3 * x)
show(lambda: bytearray(b'a') + 'b')

def iadd_bad():
    q = bytearray(b'q')
    q += 1

def imul_bad():
    q = bytearray(b'q')
    q *= 'x'

show(iadd_bad)
show(imul_bad)

# Shared methods return bytearrays.
m = bytearray(b' Mixed Case ')
print(m.upper(), m.strip(), m.split(), m.replace(b' ', b'_'), m.partition(b'd'), m.center(14, b'*'))
print(m.find(b'C'), m.count(b'e'), m.startswith(b' M'), m.hex(), m.decode(), m.title(), m.zfill(14))
print(bytearray(b'a,b').split(b','), bytearray(b'-').join([b'a', b'b']), bytearray(b'x\ny').splitlines())
print(bytearray.fromhex('de ad'), bytearray(b'%d!') % 5, bytearray(b'abc').translate(None, b'b'))

# Comparisons, membership, iteration.
print(bytearray(b'a') == b'a', b'a' == bytearray(b'a'), bytearray(b'a') < b'b', bytearray(b'ab') > bytearray(b'a'))
print(98 in bytearray(b'abc'), b'bc' in bytearray(b'abc'), bytearray(b'c') in b'abc', list(bytearray(b'hi')))
it = iter(bytearray(b'ab'))
print(next(it), type(it).__name__)
grow = bytearray(b'ab')
seen = []
for v in grow:
    seen.append(v)
    if len(grow) < 4:
        grow.append(v + 2)
print(seen, grow)

# Constructors.
print(bytearray(), bytearray(3), bytearray([1, 255]), bytearray(b'b'), bytearray('é', 'utf-8'), bytearray(range(3)), bytearray(source=b's'))
show(lambda: bytearray(-1))
show(lambda: bytearray('a'))
show(lambda: bytearray(1, 'utf-8'))
show(lambda: bytearray(1.0))
show(lambda: bytearray([300]))
print(isinstance(bytearray(), bytearray), type(bytearray(b'')), bytearray.__name__)
t = bytearray
print(t(b'v'), t(2))

# Errors.
e = bytearray(b'abc')
show(lambda: e[5])
show(lambda: e['x'])
show(lambda: e.pop(5))
show(lambda: bytearray().pop())
show(lambda: e.pop('x'))
show(lambda: e.pop(1, 2))
show(lambda: e.remove(7))
show(lambda: e.remove(300))
show(lambda: e.remove())
show(lambda: e.append(300))
show(lambda: e.append('a'))
show(lambda: e.append())
show(lambda: e.insert(0, 256))
show(lambda: e.insert(1))
show(lambda: e.insert('x', 1))
show(lambda: e.extend(1))
show(lambda: e.extend([1, 'a']))
show(lambda: e.extend([1, 300]))
show(lambda: e.extend('ab'))
show(lambda: e.copy(1))
show(lambda: e.clear(1))
show(lambda: e.reverse(1))
show(lambda: e.center(5, fillchar=b'x'))
show(lambda: hash(e))
print(e)

def fresh():
    return bytearray(b'abcdef')

def setitem(k, v):
    f = fresh()
    f[k] = v
    return f

def delitem(k):
    f = fresh()
    del f[k]
    return f

def set_every_other(v):
    f = fresh()
    f[::2] = v
    return f

def set_front(v):
    f = fresh()
    f[0:2] = v
    return f

def set_step0():
    f = fresh()
    f[0:2:0] = b'ab'
    return f

def set_mid():
    f = fresh()
    f[1:4] = bytearray(b'')
    return f

def del_odd():
    f = fresh()
    del f[1::2]
    return f

def del_back():
    f = fresh()
    del f[::-2]
    return f

def del_empty():
    f = fresh()
    del f[4:1]
    return f

show(lambda: setitem(0, 300))
show(lambda: setitem(0, 'x'))
show(lambda: setitem(0, -1))
show(lambda: setitem(10, 1))
show(lambda: setitem('x', 1))
show(lambda: set_every_other(b'12'))
show(lambda: set_front(5))
show(lambda: set_front([1, 300]))
show(lambda: set_front('ab'))
show(set_step0)
show(set_mid)
show(lambda: delitem(10))
show(lambda: delitem(-7))
show(lambda: delitem('x'))
show(del_odd)
show(del_back)
show(del_empty)
