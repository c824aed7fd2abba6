# Method calls: the error is raised inside the method (a builtin's and a class's).
class Stack:
    def __init__(self):
        self.items = []

    def push(self, x):
        self.items.append(x)

    def pop(self):
        return self.items.pop()


def position(seq, x):
    return seq.index(x)


s = Stack()
s.push(1)
print(s.pop(), position([5, 6, 7], 7))
try:
    print(position([5, 6, 7], 9))
except ValueError as e:
    print("ValueError:", e)
print("popped", s.pop())
