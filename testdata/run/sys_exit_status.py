# An uncaught SystemExit ends the program with its code as the status, no traceback.
import sys

def main():
    print("working")
    sys.exit(3)
    print("not reached")

main()
