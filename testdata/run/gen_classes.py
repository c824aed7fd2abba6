# Generators as methods: __iter__ written as a generator, generator methods using
# self, pipelines of generators, generators kept in containers.


class Range2D:
    def __init__(self, w, h):
        self.w = w
        self.h = h

    def __iter__(self):
        for y in range(self.h):
            for x in range(self.w):
                yield (x, y)

    def row(self, y):
        x = 0
        while x < self.w:
            yield (x, y)
            x += 1

    @staticmethod
    def countdown(n):
        while n:
            yield n
            n -= 1

    @classmethod
    def names(cls):
        yield cls.__name__
        yield "done"


r = Range2D(3, 2)
print(list(r))
print(list(r.row(1)), list(Range2D.countdown(3)), list(Range2D.names()))
print(sum(x + y for x, y in r))
for point in r:
    if point == (1, 1):
        print("found", point)
        break


class Tree:
    def __init__(self, value, left=None, right=None):
        self.value = value
        self.left = left
        self.right = right

    def __iter__(self):
        if self.left:
            yield from self.left
        yield self.value
        if self.right:
            yield from self.right

    def __repr__(self):
        return "Tree(" + ", ".join(repr(v) for v in self) + ")"


t = Tree(4, Tree(2, Tree(1), Tree(3)), Tree(6, Tree(5), Tree(7)))
print(list(t), repr(t), 5 in t, 8 in t)


# A pipeline of generator stages.
def read_lines(text):
    for line in text.split("\n"):
        yield line


def strip_comments(lines):
    for line in lines:
        if not line.startswith("#"):
            yield line


def parse_pairs(lines):
    for line in lines:
        if "=" in line:
            key, value = line.split("=")
            yield key.strip(), int(value)


config = "# settings\nwidth = 80\nheight= 24\n# end\ndepth =3"
print(dict(parse_pairs(strip_comments(read_lines(config)))))


# Many generators alive at once, advanced round-robin.
def ticker(name, n):
    for i in range(n):
        yield name + str(i)


tickers = [ticker(c, 3) for c in "abcd"]
out = []
while tickers:
    t0 = tickers.pop(0)
    v = next(t0, None)
    if v is not None:
        out.append(v)
        tickers.append(t0)
print(out)


# Generators in a dict, resumed by key.
machines = {k: Range2D.countdown(k) for k in (2, 3)}
print(next(machines[3]), next(machines[2]), next(machines[3]), list(machines[3]))


class Fib:
    def __init__(self, limit):
        self.limit = limit

    def __iter__(self):
        a, b = 0, 1
        while a < self.limit:
            yield a
            a, b = b, a + b


print(list(Fib(100)), sum(Fib(1000)))
it = iter(Fib(10))
print(next(it), next(it), next(it), type(it).__name__)


# A generator reading and writing the instance while suspended.
class Account:
    def __init__(self):
        self.balance = 0

    def deposits(self):
        while True:
            amount = yield self.balance
            self.balance += amount


acct = Account()
dep = acct.deposits()
next(dep)
dep.send(10)
acct.balance *= 2
print(dep.send(5), acct.balance)
