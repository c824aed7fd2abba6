# A call statement spanning lines covers its first line: no marker line.
def check(flag, message):
    if not flag:
        raise ValueError(message)


check(True, "fine")
check(False,
      "broken")
