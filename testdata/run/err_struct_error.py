# An uncaught struct.error prints its module-qualified name.
import struct
print(struct.pack('<h', 1))
struct.pack('<h', 1 << 20)
