# A class's own __setattr__/__delattr__, reaching object's through object.__setattr__
# and super().
class Logged:
    def __init__(self):
        self.a = 1
    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        print("del", name)
        super().__delattr__(name)
class Sub(Logged):
    def __setattr__(self, name, value):
        super().__setattr__(name, value * 2)
x = Logged()
x.b = 2
del x.b
print(x.a, hasattr(x, "b"))
s = Sub()
print(s.a)
