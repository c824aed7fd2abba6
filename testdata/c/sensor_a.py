# One of two pyaot objects linked into one C program (two.c): the same names as
# sensor_b.py for its globals, helpers and imported library module, all private to
# each object; only the @export functions and the init are global symbols.
from collections import namedtuple
from pyaot import export

Reading = namedtuple("Reading", "channel value")
readings = []


def label():
    return "a"


@export
def a_record(channel: int, value: int) -> int:
    readings.append(Reading(channel, value))
    return len(readings)


@export
def a_report() -> None:
    print(label() + ":", ", ".join(f"{r.channel}={r.value}" for r in readings), Reading)
