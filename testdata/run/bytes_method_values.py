# Methods of bytes and bytearray as values: bound methods and method descriptors.
data = b"alpha beta  gamma"
split = data.split
print(split(), split(b"a"), split(maxsplit=1))
upper = data.upper
print(upper(), upper is data.upper, upper == data.upper)
print(list(map(bytes.strip, [b"  x ", b"y  "])))
print(sorted([b"b", b"A", b"c"], key=bytes.lower))
print(bytes.hex(b"\x01\xff"), bytes.decode(b"caf\xc3\xa9"), bytes.count(b"banana", b"a"))
find = b"hello".find
print([find(c) for c in (b"l", b"o", b"z")])

buf = bytearray(b"abc")
push = buf.append
for c in b"xyz":
    push(c)
print(buf)
ext = buf.extend
ext(b"!!")
print(buf, bytearray.upper(buf), bytearray.pop(buf), buf)
methods = [buf.count, buf.startswith, buf.endswith]
print([m(b"a") for m in methods])
joiner = b", ".join
print(joiner([b"1", b"2", b"3"]))
print(type(split).__name__, type(bytes.split).__name__)
print(callable(split), hasattr(data, "split"), getattr(data, "title")())
try:
    data.nosuch
except AttributeError as e:
    print("AttributeError:", e)
try:
    bytes.upper("not bytes")
except TypeError as e:
    print("TypeError:", e)
try:
    bytes.upper()
except TypeError as e:
    print("TypeError:", e)
