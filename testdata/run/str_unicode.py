s = "héllo wörld"
print(s, len(s))
print(ord("é"), chr(233), chr(8364), ord("€"))
print(s[1], s[-4])
print("€" * 3, len("€" * 3))
print(repr("naïve"), ["ü"])
for ch in "añb":
    print(ord(ch))
print("ü" in s, "ö" in s)
