s = "hello"
t = "world"
print(s + " " + t)
print(s * 3, "-" * 10, 0 * "x", "ab" * -1)
print(len(s), len(""), len(s + t))
print(s[0], s[4], s[-1], s[-5])
print("ell" in s, "xyz" in s, "" in s, "h" not in s)
u = ""
for ch in s:
    u = ch + u
print(u)
print("a" + "b" * 2 + "c")
print(3 * "ab")
w = "x"
w += "y"
w *= 3
print(w)
print("line1\nline2")
print("quote\"inside", 'single\'inside', "back\\slash")
print(len("tab\there"), len("\n"))
