class Packet(bytes):
    pass
