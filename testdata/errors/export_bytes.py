import pyaot


@pyaot.export
def checksum(data: bytes) -> pyaot.u32:
    return sum(data)
