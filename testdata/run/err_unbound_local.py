total = 5
def broken():
    print("in broken")
    total = total + 1
    return total

broken()
