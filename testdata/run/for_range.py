for i in range(5):
    print(i, end=" ")
print()
for i in range(2, 7):
    print(i, end=" ")
print()
for i in range(0, 20, 3):
    print(i, end=" ")
print()
for i in range(10, 0, -1):
    print(i, end=" ")
print()
for i in range(10, -10, -4):
    print(i, end=" ")
print()
for i in range(5, 5):
    print("never")
for i in range(5, 0):
    print("never")
for i in range(0, 5, -1):
    print("never")
for i in range(-3, 3):
    print(i, end=",")
print()
print(list(range(0)), list(range(3)), list(range(1, 10, 4)), list(range(9, -1, -3)))
print(len(range(100)), len(range(0, 100, 7)), len(range(10, 0, -3)))
last = -1
for i in range(7):
    last = i
print("last", last)
total = 0
for i in range(1, 101):
    total += i
print(total)
n = 3
for i in range(n):
    n = 10
    print("i", i)
