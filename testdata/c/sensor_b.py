# The other pyaot object of two.c (see sensor_a.py).
from collections import namedtuple
from pyaot import export

Reading = namedtuple("Reading", "channel value scaled")
readings = []
print("sensor_b body ran")


def label():
    return "b"


@export
def b_record(channel: int, value: int) -> int:
    readings.append(Reading(channel, value, value * 10))
    return len(readings)


@export
def b_report() -> None:
    print(label() + ":", ", ".join(f"{r.channel}={r.scaled}" for r in readings), Reading)
