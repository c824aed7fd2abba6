class A:
    def f(self):
        s = super
        return s().f()
