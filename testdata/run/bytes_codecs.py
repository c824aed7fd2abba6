# str.encode, bytes.decode, str(b, encoding): UTF-8, ASCII, Latin-1 and their
# aliases, the error handlers, and UnicodeEncodeError/UnicodeDecodeError.

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

text = 'naïve café €5 😀'
u = text.encode()
print(u, len(u), u.decode() == text, text.encode('utf-8') == u, text.encode(encoding='UTF8') == u)
print('abc'.encode('ascii'), 'abc'.encode('latin-1'), 'é'.encode('latin1'), 'ÿ'.encode('iso-8859-1'), ''.encode())
for name in ['utf-8', 'UTF-8', 'utf8', 'U8', 'utf_8', ' utf-8 ', 'ascii', 'US-ASCII', '646', 'latin-1', 'Latin_1', 'L1', 'iso8859-1', 'cp819']:
    print(name, 'é'.encode(name, 'replace'), b'\xc3\xa9'.decode(name, 'replace'))

# Encoding errors.
show(lambda: 'é'.encode('ascii'))
show(lambda: 'aéb€c'.encode('latin-1'))
show(lambda: 'é€'.encode('ascii'))
show(lambda: 'ab€😀'.encode('ascii'))
show(lambda: 'x😀'.encode('latin-1'))
for errors in ['ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'strict']:
    show(lambda: 'a é € 😀 z'.encode('ascii', errors))
    show(lambda: 'a é € 😀 z'.encode('latin-1', errors=errors))
show(lambda: 'abc'.encode('bogus'))
show(lambda: 'é'.encode('ascii', 'bogus'))
print('plain'.encode('ascii', 'bogus'))
show(lambda: 'a'.encode(1))
show(lambda: 'a'.encode('ascii', 1))
show(lambda: 'a'.encode('utf-8', 'strict', 1))
show(lambda: 'a'.encode(x=1))

# Decoding.
print(b'caf\xc3\xa9'.decode(), b'caf\xe9'.decode('latin-1'), b'abc'.decode('ascii'), bytearray(b'\xe2\x82\xac').decode())
print(b'\xf0\x9f\x98\x80'.decode('utf-8'), len(b'\xf0\x9f\x98\x80'.decode()), b''.decode(), bytes(range(256)).decode('latin-1')[-3:])
bad = [b'\xff', b'a\xc3', b'\xe2\x82', b'\xe2\x28\xa1', b'\xe2\x82\x28', b'\xf0\x9f\x98', b'\xed\xa0\x80', b'\xc0\x80', b'\xe0\x80\x80',
       b'\xf4\x90\x80\x80', b'\xf8\x88\x80\x80\x80', b'ok\x80ok', b'\xc3\xa9\xff\xc3', b'\x80\x81\x82']
for b in bad:
    show(lambda: b.decode())
    print(b.decode(errors='replace'), b.decode('utf-8', 'ignore'), b.decode('utf-8', 'backslashreplace'))
show(lambda: b'a\xe9b\xff'.decode('ascii'))
print(b'a\xe9b\xff'.decode('ascii', 'replace'), b'a\xe9b\xff'.decode('ascii', 'ignore'), b'a\xe9b\xff'.decode('ascii', 'backslashreplace'))
show(lambda: b'\xff'.decode('utf-8', 'bogus'))
print(b'fine'.decode('utf-8', 'bogus'))
show(lambda: b'a'.decode('bogus'))
show(lambda: b'a'.decode(1))
show(lambda: b'a'.decode('utf-8', 1))
show(lambda: b'a'.decode(b'utf-8'))
show(lambda: b'a'.decode(encoding='ascii', errors='strict', x=1))
show(lambda: b'a'.decode('utf-8', 'strict', 1))
show(lambda: b'\xff'.decode('utf-8', 'xmlcharrefreplace'))

# str(b, ...) decodes; str(b) is the repr.
print(str(b'abc'), str(b'\xc3\xa9', 'utf-8'), str(b'\xe9', 'latin-1'), str(b'\xff', 'ascii', 'replace'), str(bytearray(b'x'), 'ascii'))
print(str(b'\xc3\xa9', encoding='utf-8'), str(object=b'\xe9', encoding='latin-1'), str(b'x\xff', errors='ignore'), str(object='kw'), str(), str(errors='strict'))
show(lambda: str(b'\xff', 'ascii'))
show(lambda: str('a', 'ascii'))
show(lambda: str(1, 'ascii'))
show(lambda: str(b'a', 1))
show(lambda: str(b'a', 'ascii', 1))
show(lambda: str(b'abc', 'ascii', 'strict', 1))

# The exceptions: classes, attributes, str and repr.
try:
    'xé'.encode('ascii')
except UnicodeEncodeError as e:
    print(type(e).__name__, e.encoding, e.object, e.start, e.end, e.reason)
    print(repr(e), e.args)
    print(isinstance(e, UnicodeError), isinstance(e, ValueError), isinstance(e, UnicodeDecodeError))
try:
    b'ab\xe2\x82'.decode()
except UnicodeError as e:
    print(type(e).__name__, e.encoding, e.object, e.start, e.end, e.reason)
    print(repr(e))
try:
    b'\xff'.decode()
except ValueError as e:
    print('caught as ValueError:', e)
print(issubclass(UnicodeDecodeError, UnicodeError), issubclass(UnicodeError, ValueError), UnicodeError.__name__)
print(UnicodeDecodeError('utf-8', b'\xff\xfe', 0, 2, 'custom reason'))
print(UnicodeEncodeError('ascii', 'x€', 1, 2, 'no'))
print(repr(UnicodeError('plain')), UnicodeError('plain'))

class MyDecodeError(UnicodeDecodeError):
    pass

try:
    raise MyDecodeError('ascii', b'\x80', 0, 1, 'mine')
except UnicodeError as e:
    print(type(e).__name__, e)

# Round trips.
words = ['', 'a', 'ümlaut', '日本語', 'mixed ascii and ünïcödé', '\x00\x7f\x80\xff']
for w in words:
    assert w.encode().decode() == w
    assert w.encode('utf-8').decode('utf-8') == w
print([len(w.encode()) for w in words])
print([w.encode('latin-1', 'replace') for w in words])
