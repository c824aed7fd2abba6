"""Names of CPython's `typing` module, for annotations: pyaot does not evaluate
annotations, so these only need to exist and to accept subscripts
(`List[int]`, `Optional[str]`, `Dict[str, Tuple[int, ...]]`)."""


def _type_repr(obj):
    """How typing prints a parameter: classes by name, typing objects by repr."""
    if isinstance(obj, type):
        module = getattr(obj, "__module__", "builtins")
        if module == "builtins":
            return obj.__qualname__
        return module + "." + obj.__qualname__
    if obj is ...:
        return "..."
    if obj is None:
        return "None"
    return repr(obj)


class _Special:
    def __init__(self, name):
        self._name = name

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        return _Generic(self._name, params)

    def __call__(self, *args, **kwds):
        raise TypeError("Type %s cannot be instantiated" % self._name)

    def __repr__(self):
        return "typing." + self._name


class _Generic:
    """`List[int]` and the like: prints as typing does."""

    def __init__(self, name, params):
        self._name = name
        self._params = params

    def __getitem__(self, params):
        return self

    def __repr__(self):
        params = self._params
        if self._name == "Optional" and len(params) == 1:
            return "typing.Optional[%s]" % _type_repr(params[0])
        if self._name == "Union" and len(params) == 2 and None in params:
            other = params[0] if params[1] is None else params[1]
            return "typing.Optional[%s]" % _type_repr(other)
        if self._name == "Callable" and len(params) == 2 and isinstance(params[0], list):
            args = ", ".join([_type_repr(p) for p in params[0]])
            return "typing.Callable[[%s], %s]" % (args, _type_repr(params[1]))
        return "typing.%s[%s]" % (self._name, ", ".join([_type_repr(p) for p in params]))

    def __eq__(self, other):
        return isinstance(other, _Generic) and self._name == other._name \
            and self._params == other._params

    def __hash__(self):
        return hash((self._name, self._params))


Any = _Special("Any")
Union = _Special("Union")
Optional = _Special("Optional")
List = _Special("List")
Dict = _Special("Dict")
Set = _Special("Set")
FrozenSet = _Special("FrozenSet")
Tuple = _Special("Tuple")
Type = _Special("Type")
Callable = _Special("Callable")
Iterable = _Special("Iterable")
Iterator = _Special("Iterator")
Generator = _Special("Generator")
Sequence = _Special("Sequence")
MutableSequence = _Special("MutableSequence")
Mapping = _Special("Mapping")
MutableMapping = _Special("MutableMapping")
Deque = _Special("Deque")
DefaultDict = _Special("DefaultDict")
Counter = _Special("Counter")
ClassVar = _Special("ClassVar")
Final = _Special("Final")
Literal = _Special("Literal")
NoReturn = _Special("NoReturn")
Hashable = _Special("Hashable")
Sized = _Special("Sized")
SupportsInt = _Special("SupportsInt")
SupportsFloat = _Special("SupportsFloat")
TYPE_CHECKING = False


def TypeVar(name, *constraints, bound=None, covariant=False, contravariant=False):
    return _Special(name)


def cast(typ, val):
    return val


def overload(func):
    return func


def final(f):
    return f


def no_type_check(f):
    return f
