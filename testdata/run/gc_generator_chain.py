# Collections while a chain of generators runs: data held only by the frames of the
# outer, running (not suspended) generators must survive; ping-pong through send().

def innermost(n):
    for i in range(n):
        junk = [[j, str(j)] for j in range(300)]
        yield len(junk) + i

def middle(n):
    mine = ["m" + str(i) for i in range(50)]
    for v in innermost(n):
        yield v + len(mine)
    yield "".join(mine[:3])

def outer(n):
    keep = {i: [i] * 4 for i in range(40)}
    total = 0
    it = middle(n)
    for v in it:
        if isinstance(v, str):
            yield v
        else:
            total += v
    yield total + sum(len(x) for x in keep.values())

for rounds in range(5):
    print(list(outer(60)))

def ping(n):
    for i in range(n):
        got = yield ("ping", i)
        assert got == ("pong", i), got

def pong(p):
    msg = next(p)
    while True:
        try:
            yield msg
            msg = p.send(("pong", msg[1]))
        except StopIteration:
            return

print(len(list(pong(ping(2000)))))

def raiser():
    yield 1
    raise KeyError("from generator")

def catcher():
    try:
        yield from raiser()
    except KeyError as e:
        yield "caught " + str(e)
    try:
        for x in raiser():
            yield x
    except KeyError:
        yield "caught again"

print(list(catcher()))

def interleave(*gens):
    gens = list(gens)
    while gens:
        for g in list(gens):
            try:
                yield next(g)
            except StopIteration:
                gens.remove(g)

print(list(interleave(iter("abc"), (x for x in range(5)), iter([7, 8]))))
