from struct import pack, Struct
