# The sys module: streams, print(file=...), SystemExit and its exit status.
import sys
from sys import stdout as out

print(sys.maxsize == 2**63 - 1 or sys.maxsize == 2**31 - 1, sys.byteorder, len(sys.argv))
n = sys.stdout.write("written directly\n")
print("write returned", n)
out.write("through an alias\n")
print("a", "b", sep="-", end="!\n", file=sys.stdout)
print("flushed", flush=True)
print("to stdout via None", file=None)
sys.stdout.flush()


class Collector:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


c = Collector()
print("x", 1, 2.5, [3], sep=", ", end=";", file=c)
print(file=c)
print(c.parts)

try:
    sys.exit(4)
except SystemExit as e:
    print("caught SystemExit", e.code, type(e).__name__, isinstance(e, BaseException), isinstance(e, Exception))

try:
    sys.exit()
except SystemExit as e:
    print("no argument:", e.code)

try:
    raise SystemExit("message")
except SystemExit as e:
    print("message:", e.code, e.args)


def cleanup():
    try:
        sys.exit(0)
    finally:
        print("finally runs on the way out")


try:
    cleanup()
except SystemExit as e:
    print("status", e.code)

for bad in [lambda: sys.stdout.write(5), lambda: sys.exit(1, 2)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

print("to stderr", file=sys.stderr)
sys.stderr.write("also stderr\n")
sys.exit("fatal: goodbye")
