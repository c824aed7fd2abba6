# Marker lines under calls: the caller frames point at the call being made.
def parse(text):
    return int(text)


def total(items):
    result = 0
    for item in items:
        result = result + parse(item)
    return result


print("start")
answer = total(["1", "2", "x3"])
print(answer)
