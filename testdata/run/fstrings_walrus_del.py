# f-strings (conversions, =), walrus, del of names.
name = "Ada"
n = 3
print(f"hello {name}", f"{n + 1}", f"{name!r}", f"{n=}", f"{name = }", f"{'nested'}")
print(f"{[1, 2]} and {(1,)} and {None} and {2.5} and {True}")
print(f"{{literal braces}} {n}")
data = [1, 2, 3, 4, 5, 6]
if (count := len(data)) > 4:
    print("long list of", count)
total = 0
while (item := data.pop()) > 2:
    total += item
print(total, item, data)
x = 10
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)

def f():
    y = 1
    del y
    return y

try:
    f()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
