x = 10
def f():
    x = 20
    def_local = x + 1
    return def_local

def g(x):
    return x * 2

def h():
    return x + 1

print(f(), g(3), h(), x)
def loop_locals():
    total = 0
    for i in range(4):
        tmp = i * i
        total = total + tmp
    return total + tmp + i

print(loop_locals())
def counter_demo():
    global x
    x = x + 5
    y = x
    return y

print(counter_demo(), x)
def same_name_as_builtin():
    len = 3
    return len + 1

print(same_name_as_builtin(), len("abc"))
def conditional_assign(flag):
    if flag:
        val = "set"
    else:
        val = "other"
    return val

print(conditional_assign(True), conditional_assign(False))
