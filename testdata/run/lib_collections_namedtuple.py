# collections, namedtuple included (needs str.isidentifier).
from collections import deque, Counter, defaultdict, OrderedDict, namedtuple
d = deque([1, 2, 3], maxlen=5)
print(repr(d), deque(), deque('ab'), repr(deque(maxlen=2)))
for f in [lambda: deque().pop(), lambda: deque().popleft(), lambda: d.remove(9), lambda: d.index(9), lambda: d[10], lambda: deque([1], maxlen=-1)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
d.append(1)
d.rotate(1); print(d); d.rotate(-2); print(d)
print(d == deque([2, 3, 1]), d + deque([9]), d * 2, 2 in d, len(d), d.maxlen, list(reversed(d)))
q = deque()
for i in range(20):
    q.append(i)
    if i % 3 == 0:
        q.popleft()
q.appendleft(-1)
print(q, q[0], q[-1], len(q))
c = Counter('abracadabra'); print(c, c.most_common(2), c['z'], sorted(c.elements())[:5], c.total())
c2 = Counter(a=1, b=-2); print(c + c2, c - c2, c2, +c2, -c2, c & Counter('aab'), c | Counter('zz'))
dd = defaultdict(list); dd['x'].append(1); print(dd, dd.default_factory, dict(dd), defaultdict(int), defaultdict(lambda: 0)['q'])
od = OrderedDict([('b', 1), ('a', 2)]); od.move_to_end('b'); print(od); print(od.popitem(), od.popitem(last=False), OrderedDict())
P = namedtuple('P', 'x y'); p = P(1, y=2); print(p, p.x, p[1], p._asdict(), p._replace(x=5), P._fields, P._make([3, 4]), p == (1, 2), hash(p) == hash((1, 2)))
Q = namedtuple('Q', ['a', 'b'], defaults=[7]); print(Q(1), Q._field_defaults, type(p).__name__, P)
try:
    P(1)
except TypeError as e:
    print(e)
try:
    namedtuple('R', 'a a')
except ValueError as e:
    print(e)
x, y = p
print(x, y, sorted([P(2, 1), P(1, 5)]), max(Counter("hello").values()))
wc = Counter()
for w in "the cat and the hat and the bat".split():
    wc[w] += 1
print(wc.most_common(3), len(wc), "cat" in wc)
