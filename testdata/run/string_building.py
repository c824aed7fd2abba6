s = ""
for i in range(10):
    s = s + str(i)
print(s, len(s))
parts = []
for i in range(5):
    parts.append("item" + str(i))
print(", ".join(parts))
row = ""
for i in range(1, 6):
    row = row + "*" * i + "\n"
print(row, end="")
def pad_left(text, width):
    return " " * (width - len(text)) + text

for n in [1, 22, 333, 4444]:
    print("[" + pad_left(str(n), 6) + "]")
def to_binary(n):
    if n == 0:
        return "0"
    out = ""
    while n > 0:
        out = str(n % 2) + out
        n = n // 2
    return out

print(to_binary(0), to_binary(5), to_binary(255), to_binary(1024))
def caesar(text, shift):
    out = ""
    for ch in text:
        if "a" <= ch <= "z":
            out = out + chr((ord(ch) - ord("a") + shift) % 26 + ord("a"))
        else:
            out = out + ch
    return out

msg = caesar("hello, world", 3)
print(msg, caesar(msg, -3))
long = "ab" * 500
print(len(long), long.count("ab"), long[999])
