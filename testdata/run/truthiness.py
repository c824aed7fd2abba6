values = [0, 1, -1, 0.0, 0.5, "", "a", " ", [], [0], (), (0,), {}, {"k": 0}, None, True, False]
for v in values:
    if v:
        print(repr(v), "is truthy")
    else:
        print(repr(v), "is falsy")
n = 3
while n:
    n = n - 1
print("n ended at", n)
s = "abc"
count = 0
while s and count < 10:
    count = count + 1
    if count == 3:
        s = ""
print(count, not s, not not s)
