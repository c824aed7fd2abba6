# Slicing with steps, negative bounds, slice assignment and deletion.
xs = list(range(10))
print(xs[2:5], xs[:3], xs[7:], xs[::3], xs[::-1], xs[-3:], xs[:-7], xs[8:2:-2])
print(xs[100:], xs[-100:2], xs[5:2], xs[::-3])
t = (1, 2, 3, 4, 5)
print(t[1:3], t[::-2], t[:0])
s = "hello, world"
print(s[:5], s[7:], s[::-1], s[::2], s[-5:-1], s[3:3] == "")
u = "héllo wörld"
print(u[1:4], u[::-1], u[::3])
ys = [0, 1, 2, 3, 4, 5]
ys[1:3] = ["a", "b", "c"]
print(ys)
ys[::2] = [10, 20, 30, 40]
print(ys)
ys[2:] = []
print(ys)
zs = list(range(10))
del zs[::3]
print(zs)
del zs[1]
del zs[-1]
print(zs)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
ws = [1, 2, 3]
ws[:] = ws + ws
print(ws)
