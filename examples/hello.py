# A tour of what pyaot compiles today: run it with
#   pyaot examples/hello.py -o hello && ./hello
# or for a Cortex-M4 board (here emulated by QEMU):
#   pyaot --target thumbv7em-none-eabi examples/hello.py -o hello.elf

def greet(name):
    return "Hello, " + name + "!"

def fib(n):
    a = 0
    b = 1
    for i in range(n):
        t = a + b
        a = b
        b = t
    return a

print(greet("world"))
print("from", "pyaot,", "an ahead-of-time Python compiler", sep=" ")

fibs = []
for i in range(15):
    fibs.append(fib(i))
print("Fibonacci:", fibs)

counts = {}
for ch in "hello, world":
    if ch != " " and ch != ",":
        counts[ch] = counts.get(ch, 0) + 1
print("letters:", counts)

total = 0.0
for k in range(1, 1001):
    total = total + 1.0 / (k * k)
print("sum of 1/k^2 for k <= 1000:", total)
print("bye" + "!" * 3)
