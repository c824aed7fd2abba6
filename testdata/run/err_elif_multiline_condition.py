# An `elif` whose condition continues on later lines: its truth test is located
# at the `elif` line, as CPython 3.11 does.
class Flag:
    def __bool__(self):
        raise ValueError("flag has no truth value")


level = 3
flag = Flag()
if level > 5:
    print("high")
elif level > 1 and (
    flag
):
    print("medium")
