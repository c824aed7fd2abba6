"""Container datatypes (CPython's `collections`): deque, Counter, defaultdict,
OrderedDict and namedtuple. Counter, defaultdict and OrderedDict extend dict, as
CPython's do; namedtuple classes are not subclasses of tuple yet (pyaot cannot
extend tuple): `isinstance(p, tuple)` is False here."""

import sys as _sys


class deque:
    """A double-ended queue: a ring of slots that doubles when full."""

    # Py_TPFLAGS_SEQUENCE, as CPython's deque has: sequence patterns of `match`
    # accept it (runtime-lib/src/matching.rs).
    __pyaot_tpflags__ = 1 << 5

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError("an integer is required")
            if maxlen < 0:
                raise ValueError("maxlen must be non-negative")
        self._maxlen = maxlen
        self._items = [None] * 8
        self._head = 0
        self._len = 0
        self.extend(iterable)

    @property
    def maxlen(self):
        return self._maxlen

    def _grow(self):
        items = self._items
        cap = len(items)
        self._items = [items[(self._head + i) % cap] for i in range(self._len)] + [None] * cap
        self._head = 0

    def append(self, x):
        if self._maxlen is not None and self._len >= self._maxlen:
            if self._maxlen == 0:
                return
            self.popleft()
        if self._len == len(self._items):
            self._grow()
        self._items[(self._head + self._len) % len(self._items)] = x
        self._len += 1

    def appendleft(self, x):
        if self._maxlen is not None and self._len >= self._maxlen:
            if self._maxlen == 0:
                return
            self.pop()
        if self._len == len(self._items):
            self._grow()
        self._head = (self._head - 1) % len(self._items)
        self._items[self._head] = x
        self._len += 1

    def pop(self):
        if not self._len:
            raise IndexError("pop from an empty deque")
        self._len -= 1
        i = (self._head + self._len) % len(self._items)
        x = self._items[i]
        self._items[i] = None
        return x

    def popleft(self):
        if not self._len:
            raise IndexError("pop from an empty deque")
        x = self._items[self._head]
        self._items[self._head] = None
        self._head = (self._head + 1) % len(self._items)
        self._len -= 1
        return x

    def extend(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        self._items = [None] * 8
        self._head = 0
        self._len = 0

    def copy(self):
        return deque(self, self._maxlen)

    def __copy__(self):
        return self.copy()

    def count(self, x):
        n = 0
        for y in self:
            if y is x or y == x:
                n += 1
        return n

    def index(self, x, start=0, stop=None):
        n = self._len
        if start < 0:
            start = max(start + n, 0)
        if stop is None:
            stop = n
        elif stop < 0:
            stop = max(stop + n, 0)
        for i in range(start, min(stop, n)):
            y = self[i]
            if y is x or y == x:
                return i
        raise ValueError("%r is not in deque" % (x,))

    def insert(self, i, x):
        if self._maxlen is not None and self._len >= self._maxlen:
            raise IndexError("deque already at its maximum size")
        items = list(self)
        items.insert(i, x)
        self.clear()
        self.extend(items)

    def remove(self, value):
        for i in range(self._len):
            y = self[i]
            if y is value or y == value:
                del self[i]
                return
        raise ValueError("%r is not in deque" % (value,))

    def reverse(self):
        items = list(self)
        items.reverse()
        self.clear()
        self.extend(items)

    def rotate(self, n=1):
        length = self._len
        if length <= 1:
            return
        n %= length
        for _ in range(n):
            self.appendleft(self.pop())

    def _index(self, i):
        if not isinstance(i, int):
            raise TypeError("sequence index must be integer, not '%s'" % type(i).__name__)
        if i < 0:
            i += self._len
        if i < 0 or i >= self._len:
            raise IndexError("deque index out of range")
        return (self._head + i) % len(self._items)

    def __getitem__(self, i):
        return self._items[self._index(i)]

    def __setitem__(self, i, x):
        self._items[self._index(i)] = x

    def __delitem__(self, i):
        self._index(i)
        items = list(self)
        del items[i]
        self.clear()
        self.extend(items)

    def __len__(self):
        return self._len

    def __bool__(self):
        return self._len > 0

    def __iter__(self):
        items = self._items
        cap = len(items)
        for i in range(self._len):
            yield items[(self._head + i) % cap]

    def __reversed__(self):
        items = self._items
        cap = len(items)
        for i in range(self._len - 1, -1, -1):
            yield items[(self._head + i) % cap]

    def __contains__(self, x):
        for y in self:
            if y is x or y == x:
                return True
        return False

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) == list(other)

    def __ne__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) != list(other)

    def __lt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) < list(other)

    def __le__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) <= list(other)

    def __gt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) > list(other)

    def __ge__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) >= list(other)

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "%s") to deque' % type(other).__name__)
        d = self.copy()
        d.extend(other)
        return d

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        d = deque((), self._maxlen)
        items = list(self)
        for _ in range(n):
            d.extend(items)
        return d

    __rmul__ = __mul__

    def __imul__(self, n):
        items = list(self)
        self.clear()
        for _ in range(n):
            self.extend(items)
        return self

    __hash__ = None

    def __repr__(self):
        if self._maxlen is None:
            return "deque(%r)" % (list(self),)
        return "deque(%r, maxlen=%d)" % (list(self), self._maxlen)


def _count_elements(mapping, iterable):
    mapping_get = mapping.get
    for elem in iterable:
        mapping[elem] = mapping_get(elem, 0) + 1


class Counter(dict):
    """A dict of counts; missing keys count 0."""

    def __init__(self, iterable=None, /, **kwds):
        super().__init__()
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        return sum(self.values())

    def most_common(self, n=None):
        # heapq.nlargest(n, ...) is documented as equal to this slice.
        items = sorted(self.items(), key=lambda kv: kv[1], reverse=True)
        return items if n is None else items[:max(n, 0)]

    def elements(self):
        for k, count in self.items():
            for _ in range(count):
                yield k

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            "Counter.fromkeys() is undefined.  Use Counter(iterable) instead.")

    def update(self, iterable=None, /, **kwds):
        if iterable is not None:
            if isinstance(iterable, dict):
                if self:
                    self_get = self.get
                    for elem, count in iterable.items():
                        self[elem] = count + self_get(elem, 0)
                else:
                    # The fast path for the first update.
                    super().update(iterable)
            else:
                _count_elements(self, iterable)
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        if iterable is not None:
            self_get = self.get
            if isinstance(iterable, dict):
                for elem, count in iterable.items():
                    self[elem] = self_get(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = self_get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        return self.__class__(self)

    def __copy__(self):
        return self.copy()

    def __delitem__(self, elem):
        if elem in self:
            super().__delitem__(elem)

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] == other[e] for c in (self, other) for e in c)

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] <= other[e] for c in (self, other) for e in c)

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] >= other[e] for c in (self, other) for e in c)

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    def __repr__(self):
        if not self:
            return "%s()" % self.__class__.__name__
        try:
            d = dict(self.most_common())
        except TypeError:
            d = dict(self)
        return "%s(%r)" % (self.__class__.__name__, d)

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count + other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count - other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = other_count if count < other_count else count
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = count if count < other_count else other_count
            if newcount > 0:
                result[elem] = newcount
        return result

    def __pos__(self):
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        nonpositive = [elem for elem, count in self.items() if not count > 0]
        for elem in nonpositive:
            del self[elem]
        return self

    def __iadd__(self, other):
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for elem, other_count in other.items():
            count = self[elem]
            if other_count > count:
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        for elem, count in self.items():
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()


class defaultdict(dict):
    """A dict that calls `default_factory()` for a missing key."""

    def __init__(self, default_factory=None, /, *args, **kwds):
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        super().__init__(*args, **kwds)
        self.default_factory = default_factory

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self[key] = value
        return value

    def copy(self):
        return self.__class__(self.default_factory, self)

    def __copy__(self):
        return self.copy()

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(self.default_factory, self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(self.default_factory, other)
        new.update(self)
        return new

    def __repr__(self):
        return "%s(%r, %s)" % (type(self).__name__, self.default_factory, dict.__repr__(self))


class OrderedDict(dict):
    """A dict that can move keys to either end; equality between two of them
    respects order."""

    def __init__(self, other=(), /, **kwds):
        super().__init__()
        self.update(other, **kwds)

    def __iter__(self):
        # CPython's OrderedDict has an iterator of its own, so copying one (`dict(od)`,
        # `{**od}`, a `**rest` pattern) goes through keys() and __getitem__.
        return dict.__iter__(self)

    def move_to_end(self, key, last=True):
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
        else:
            rest = list(self.items())
            dict.clear(self)
            dict.__setitem__(self, key, value)
            for k, v in rest:
                dict.__setitem__(self, k, v)

    def popitem(self, last=True):
        if not self:
            raise KeyError("dictionary is empty")
        if last:
            return dict.popitem(self)
        key = next(iter(self))
        return key, dict.pop(self, key)

    def copy(self):
        return self.__class__(self)

    def __copy__(self):
        return self.copy()

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and list(self) == list(other)
        return dict.__eq__(self, other)

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    def __repr__(self):
        if not self:
            return "%s()" % self.__class__.__name__
        return "%s(%r)" % (self.__class__.__name__, list(self.items()))


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """A tuple-like class with named fields, printing and comparing as CPython's."""
    if isinstance(field_names, str):
        field_names = field_names.replace(",", " ").split()
    field_names = [str(n) for n in field_names]
    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or name.startswith("_") or name in seen):
                field_names[index] = "_%d" % index
            seen.add(name)
    for name in [typename] + field_names:
        if not isinstance(name, str):
            raise TypeError("Type names and field names must be strings")
        if not name.isidentifier():
            raise ValueError("Type names and field names must be valid identifiers: %r" % name)
    seen = set()
    for name in field_names:
        if name.startswith("_") and not rename:
            raise ValueError("Field names cannot start with an underscore: %r" % name)
        if name in seen:
            raise ValueError("Encountered duplicate field name: %r" % name)
        seen.add(name)
    fields = tuple(field_names)
    nfields = len(fields)
    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > nfields:
            raise TypeError("Got more default values than field names")
        field_defaults = dict(zip(fields[nfields - len(defaults):], defaults))

    class _Tuple:
        _fields = fields
        _field_defaults = field_defaults
        # A tuple subclass in CPython: sequence patterns accept it; class patterns
        # take its fields positionally.
        __pyaot_tpflags__ = 1 << 5
        __match_args__ = fields

        def __init__(self, *args, **kwds):
            values = list(args)
            if len(values) > nfields:
                raise TypeError("%s.__new__() takes %d positional arguments but %d were given"
                                % (typename, nfields + 1, len(values) + 1))
            for name in fields[len(values):]:
                if name in kwds:
                    values.append(kwds.pop(name))
                elif name in field_defaults:
                    values.append(field_defaults[name])
                else:
                    missing = [n for n in fields[len(values):]
                               if n not in kwds and n not in field_defaults]
                    if len(missing) == 1:
                        raise TypeError("%s.__new__() missing 1 required positional argument: %r"
                                        % (typename, missing[0]))
                    raise TypeError("%s.__new__() missing %d required positional arguments: %s"
                                    % (typename, len(missing),
                                       ", ".join([repr(m) for m in missing[:-1]])
                                       + " and " + repr(missing[-1])))
            for name in kwds:
                if name in fields:
                    raise TypeError("%s.__new__() got multiple values for argument %r"
                                    % (typename, name))
                raise TypeError("%s.__new__() got an unexpected keyword argument %r"
                                % (typename, name))
            self._values = tuple(values)

        def __getattr__(self, name):
            if name in fields:
                return self._values[fields.index(name)]
            raise AttributeError("'%s' object has no attribute '%s'" % (typename, name))

        def __repr__(self):
            return typename + "(" + ", ".join(
                ["%s=%r" % (n, v) for n, v in zip(fields, self._values)]) + ")"

        def __getitem__(self, i):
            return self._values[i]

        def __len__(self):
            return nfields

        def __iter__(self):
            return iter(self._values)

        def __contains__(self, x):
            return x in self._values

        def __hash__(self):
            return hash(self._values)

        def __eq__(self, other):
            return self._values == _values_of(other)

        def __ne__(self, other):
            return self._values != _values_of(other)

        def __lt__(self, other):
            return self._values < _values_of(other)

        def __le__(self, other):
            return self._values <= _values_of(other)

        def __gt__(self, other):
            return self._values > _values_of(other)

        def __ge__(self, other):
            return self._values >= _values_of(other)

        def __add__(self, other):
            return self._values + _values_of(other)

        def __mul__(self, n):
            return self._values * n

        def count(self, x):
            return self._values.count(x)

        def index(self, x, *args):
            return self._values.index(x, *args)

        def _asdict(self):
            return dict(zip(fields, self._values))

        def _replace(self, **kwds):
            values = [kwds.pop(n, v) for n, v in zip(fields, self._values)]
            if kwds:
                raise ValueError("Got unexpected field names: %r" % list(kwds))
            return _Tuple(*values)

        @classmethod
        def _make(cls, iterable):
            values = tuple(iterable)
            if len(values) != nfields:
                raise TypeError("Expected %d arguments, got %d" % (nfields, len(values)))
            return cls(*values)

    _Tuple.__name__ = typename
    _Tuple.__qualname__ = typename
    # CPython names the caller's module, which pyaot cannot see: the main one.
    _Tuple.__module__ = "__main__" if module is None else module
    return _Tuple


def _values_of(x):
    values = getattr(x, "_values", None)
    if values is None:
        return x
    return values
