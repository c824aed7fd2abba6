x = 0
try:
    x = 1 // x
except ZeroDivisionError:
    print("caught")
