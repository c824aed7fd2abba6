# A condition's truth tests after a comparison it tested are located at that
# comparison, as CPython 3.11's compiler leaves its location there.
class Flag:
    def __bool__(self):
        raise ValueError("flag has no truth value")


count = 0
flag = Flag()
while (
    count < 3 or
    flag
):
    count += 1
print("unreachable")
