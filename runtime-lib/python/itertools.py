"""Iterator building blocks (CPython's `itertools`), as generators: the same items
in the same order, and CPython's argument errors. (The objects are generators, so
their type and repr are not CPython's `itertools.chain` and so on.)"""


def count(start=0, step=1):
    n = start
    while True:
        yield n
        n += step


def cycle(iterable):
    saved = []
    for element in iterable:
        yield element
        saved.append(element)
    while saved:
        for element in saved:
            yield element


def repeat(object, times=None):
    if times is None:
        while True:
            yield object
    else:
        for _ in range(times):
            yield object


def accumulate(iterable, func=None, *, initial=None):
    it = iter(iterable)
    total = initial
    if initial is None:
        for total in it:
            break
        else:
            return
    yield total
    for element in it:
        total = total + element if func is None else func(total, element)
        yield total


def _chain(iterables):
    for it in iterables:
        for element in it:
            yield element


class _Chain:
    """`chain(...)` and `chain.from_iterable(...)`."""

    def __call__(self, *iterables):
        return _chain(iterables)

    def from_iterable(self, iterable):
        return _chain(iterable)


chain = _Chain()


def compress(data, selectors):
    for d, s in zip(data, selectors):
        if s:
            yield d


def dropwhile(predicate, iterable):
    it = iter(iterable)
    for x in it:
        if not predicate(x):
            yield x
            break
    for x in it:
        yield x


def takewhile(predicate, iterable):
    for x in iterable:
        if predicate(x):
            yield x
        else:
            break


def filterfalse(predicate, iterable):
    if predicate is None:
        predicate = bool
    for x in iterable:
        if not predicate(x):
            yield x


def starmap(function, iterable):
    for args in iterable:
        yield function(*args)


def _check_index(value, what):
    if value is None:
        return None
    if not isinstance(value, int) or value < 0:
        raise ValueError(what)
    return value


def islice(iterable, *args):
    if len(args) == 1:
        start, stop, step = None, args[0], None
    elif len(args) == 2:
        start, stop, step = args[0], args[1], None
    elif len(args) == 3:
        start, stop, step = args
    elif not args:
        raise TypeError("islice expected at least 2 arguments, got 1")
    else:
        raise TypeError("islice expected at most 4 arguments, got %d" % (len(args) + 1))
    message = ("Stop argument for islice() must be None or an integer: "
               "0 <= x <= sys.maxsize.")
    stop = _check_index(stop, message)
    message = ("Indices for islice() must be None or an integer: "
               "0 <= x <= sys.maxsize.")
    start = _check_index(start, message) or 0
    if step is None:
        step = 1
    elif not isinstance(step, int) or step < 1:
        raise ValueError("Step for islice() must be a positive integer or None.")
    it = iter(iterable)
    i = 0
    nexti = start
    for element in it:
        if stop is not None and i >= stop:
            return
        if i == nexti:
            yield element
            nexti += step
        i += 1
        if stop is not None and i >= stop:
            return


def pairwise(iterable):
    it = iter(iterable)
    for a in it:
        for b in it:
            yield a, b
            a = b
        return


def product(*iterables, repeat=1):
    if repeat < 0:
        raise ValueError("repeat argument cannot be negative")
    pools = [tuple(pool) for pool in iterables] * repeat
    result = [()]
    for pool in pools:
        result = [x + (y,) for x in result for y in pool]
    for prod in result:
        yield prod


def permutations(iterable, r=None):
    pool = tuple(iterable)
    n = len(pool)
    r = n if r is None else r
    if r < 0:
        raise ValueError("r must be non-negative")
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple([pool[i] for i in indices[:r]])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple([pool[i] for i in indices[:r]])
                break
        else:
            return


def combinations(iterable, r):
    if r < 0:
        raise ValueError("r must be non-negative")
    pool = tuple(iterable)
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple([pool[i] for i in indices])
    while True:
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple([pool[i] for i in indices])


def combinations_with_replacement(iterable, r):
    if r < 0:
        raise ValueError("r must be non-negative")
    pool = tuple(iterable)
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple([pool[i] for i in indices])
    while True:
        for i in reversed(range(r)):
            if indices[i] != n - 1:
                break
        else:
            return
        indices[i:] = [indices[i] + 1] * (r - i)
        yield tuple([pool[i] for i in indices])


class _GroupState:
    def __init__(self, iterable, key):
        self.it = iter(iterable)
        self.keyfunc = key
        self.exhausted = False
        self.tgtkey = None
        self.currkey = None
        self.currvalue = None
        self.started = False
        self.group_id = 0

    def advance(self):
        for value in self.it:
            self.currvalue = value
            self.currkey = value if self.keyfunc is None else self.keyfunc(value)
            return True
        self.exhausted = True
        return False


def _grouper(state, tgtkey, group_id):
    while state.group_id == group_id and state.currkey == tgtkey:
        yield state.currvalue
        if not state.advance():
            return


def groupby(iterable, key=None):
    state = _GroupState(iterable, key)
    if not state.advance():
        return
    while not state.exhausted:
        tgtkey = state.currkey
        state.group_id += 1
        yield tgtkey, _grouper(state, tgtkey, state.group_id)
        # Skip what the group's consumer left.
        while not state.exhausted and state.currkey == tgtkey:
            if not state.advance():
                return


def zip_longest(*iterables, fillvalue=None):
    iterators = [iter(it) for it in iterables]
    num_active = len(iterators)
    if not num_active:
        return
    done = object()
    while True:
        values = []
        for i in range(len(iterators)):
            value = next(iterators[i], done)
            if value is done:
                num_active -= 1
                if not num_active:
                    return
                iterators[i] = repeat(fillvalue)
                value = fillvalue
            values.append(value)
        yield tuple(values)


def tee(iterable, n=2):
    if n < 0:
        raise ValueError("n must be >= 0")
    it = iter(iterable)
    buffers = [[] for _ in range(n)]

    def gen(mine):
        while True:
            if not mine:
                for value in it:
                    for b in buffers:
                        b.append(value)
                    break
                else:
                    return
            yield mine.pop(0)

    return tuple([gen(b) for b in buffers])
