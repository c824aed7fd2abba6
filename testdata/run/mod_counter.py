# A module with state, imported by modules_basic.py (and a program of its own).
print("mod_counter body runs as", __name__)

count = 0
LIMIT = 3


def bump(by=1):
    global count
    count += by
    return count


def read():
    return count


class Tally:
    made = 0

    def __init__(self, label):
        Tally.made += 1
        self.label = label

    def __repr__(self):
        return "Tally(%r)" % self.label


if __name__ == "__main__":
    print("mod_counter as a program:", bump(), bump(5), Tally("x"))
