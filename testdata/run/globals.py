counter = 0
def bump():
    global counter
    counter = counter + 1
    return counter

bump()
bump()
print(counter, bump())
def read_only():
    return counter * 10

print(read_only())
def make_new():
    global created
    created = "made in a function"

make_new()
print(created)
total = 100
def shadow():
    total = 5
    return total

print(shadow(), total)
items = []
def add_item(x):
    items.append(x)

add_item(1)
add_item(2)
print(items)
def reset():
    global items
    items = ["fresh"]

reset()
print(items)
x = "global x"
def show():
    print(x)

show()
x = "changed"
show()
def param_shadow(x):
    x = x + "!"
    return x

print(param_shadow("arg"), x)
for loop_var in range(3):
    pass
print(loop_var)
