class Counter:
    def __init__(self, name):
        self.name = name
        self.counts = {}

    def add(self, key):
        self.counts[key] = self.counts.get(key, 0) + 1

    def report(self):
        for k in sorted(self.counts):
            print(f"{self.name}: {k} = {self.counts[k]}")


c = Counter("words")
for w in "the cat and the dog and the bird".split():
    c.add(w)
c.report()
total = 0
for i in range(10):
    total += i * i
print("total", total, "len", len(c.counts))
