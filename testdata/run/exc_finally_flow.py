# finally runs on return, break and continue; return in finally wins.
def early(x):
    try:
        if x > 0:
            return "positive"
        return "non-positive"
    finally:
        print("cleanup for", x)

print(early(3))
print(early(-1))

def loop():
    out = []
    for i in range(6):
        try:
            if i == 1:
                continue
            if i == 4:
                break
            out.append(i)
        finally:
            out.append(-i)
    return out

print(loop())

def override():
    try:
        return 1
    finally:
        return 2

print(override())

def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"

print(swallow())

def counter():
    n = 0
    while True:
        try:
            n += 1
            if n < 3:
                continue
            break
        finally:
            print("iteration", n)
    return n

print(counter())
