# Classes extending list: the base's behaviour, the class's overrides, super().


class Stack(list):
    def push(self, x):
        self.append(x)

    def peek(self):
        return self[-1]


s = Stack()
s.push(1)
s.push(2)
s.extend([3, 4])
print(s, len(s), s.peek(), s.pop(), s, isinstance(s, list), type(s).__name__)
print(s[0], s[1:], type(s[1:]).__name__, s[::-1], 2 in s, 9 in s, s.index(3), s.count(1))
s[0] = 10
s[1:2] = [20, 21]
del s[-1]
print(s, sorted(s), sum(s), max(s), list(reversed(s)), [x * 2 for x in s])
s.sort(reverse=True)
print(s, s + [0], type(s + [0]).__name__, [0] + s, s * 2, 2 * s, type(s * 2).__name__)
t = s
s += [5]
s *= 2
print(s, t is s, type(s).__name__)
print(s == [21, 20, 10, 5, 21, 20, 10, 5], [1] == Stack([1]), Stack([1]) < [2], bool(Stack()))
try:
    hash(s)
except TypeError as e:
    print("TypeError", e)
try:
    s + 1
except TypeError as e:
    print("TypeError", e)
try:
    Stack().peek()
except IndexError as e:
    print("IndexError", e)


class Typed(list):
    def __init__(self, kind, items=()):
        super().__init__(items)
        self.kind = kind

    def append(self, x):
        if not isinstance(x, self.kind):
            raise TypeError("expected " + self.kind.__name__)
        super().append(x)

    def __repr__(self):
        return "Typed(" + self.kind.__name__ + ", " + super().__repr__() + ")"

    def __getitem__(self, i):
        r = list.__getitem__(self, i)
        return ("item", r)


ints = Typed(int, [1, 2])
ints.append(3)
try:
    ints.append("x")
except TypeError as e:
    print("TypeError", e)
print(ints, str(ints), ints[0], ints.kind, len(ints), list(ints))
print([x for x in ints], ints.copy(), type(ints.copy()).__name__)


class Recorder(list):
    def __iadd__(self, other):
        print("iadd", other)
        return self

    def __add__(self, other):
        return "added"

    def __len__(self):
        return 42


r = Recorder([1])
r += [2]
print(r, r + [3], len(r), bool(r), r.__len__())
print(list.__len__(r), list(r))


class Sized(list):
    def __add__(self, other):
        return "Sized.__add__"


z = Sized([1])
z += [2]
print(z, type(z).__name__)
try:
    Stack(1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    Stack(a=1)
except TypeError as e:
    print("TypeError", e)
try:
    Stack(5)
except TypeError as e:
    print("TypeError", e)
match Stack([1, 2, 3]):
    case [first, *rest]:
        print("seq", first, rest)
print(", ".join(Stack(["a", "b"])), tuple(Stack([1])), set(Stack([1, 1])), dict(enumerate(Stack("xy"))))
st = Stack([3, 1, 2])
st.sort()
st.reverse()
st.insert(0, 9)
st.remove(1)
print(st, st.clear(), st)
