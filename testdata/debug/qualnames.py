# Qualified names in debug info: methods, nested functions, lambdas.
class Shape:
    def area(self):
        def helper(k):
            return k * 2
        return helper(3)

def outer():
    def inner():
        return (lambda: 1)()
    return inner()

print(Shape().area(), outer())
