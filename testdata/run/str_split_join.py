s = "the quick  brown fox"
print(s.split())
print(s.split(" "))
print("a,b,,c".split(","))
print("".split(), "".split(","))
print("  leading and trailing  ".split())
print("one".split(","))
words = ["alpha", "beta", "gamma"]
print(", ".join(words))
print("".join(words))
print("-".join(["x"]))
print("+".join([]))
print(" ".join("abc"))
line = "10 20 30 40"
parts = line.split()
total = 0
for p in parts:
    total = total + int(p)
print(total)
print("/".join("a/b/c".split("/")))
csv = "name=ann;age=31;city=oslo"
for field in csv.split(";"):
    kv = field.split("=")
    print(kv[0].upper(), kv[1])
