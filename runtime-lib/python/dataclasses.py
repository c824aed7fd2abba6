"""Data classes (CPython's `dataclasses`): @dataclass writes __init__, __repr__,
__eq__, ordering, __hash__, frozen __setattr__ and __match_args__ from the class's
annotated fields, with CPython's behaviour and messages; field(), fields(),
asdict(), astuple(), replace(), is_dataclass(). The generated methods are generic
functions reading the field list (CPython compiles new source for each class)."""

__all__ = ["dataclass", "field", "Field", "FrozenInstanceError", "InitVar",
           "KW_ONLY", "MISSING", "fields", "asdict", "astuple", "make_dataclass",
           "replace", "is_dataclass"]


class FrozenInstanceError(AttributeError):
    pass


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()


class InitVar:
    def __init__(self, type):
        self.type = type

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else metadata
        self.kw_only = kw_only

    def __repr__(self):
        return ("Field(name=%r,type=%r,default=%r,default_factory=%r,init=%r,repr=%r,"
                "hash=%r,compare=%r,metadata=%r,kw_only=%r,_field_type=_FIELD)"
                % (self.name, self.type, self.default, self.default_factory, self.init,
                   self.repr, self.hash, self.compare, self.metadata, self.kw_only))


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _is_classvar(annotation):
    text = annotation if isinstance(annotation, str) else repr(annotation)
    return text.startswith("typing.ClassVar") or text.startswith("ClassVar")


def _field_list(cls):
    return list(cls.__dataclass_fields__.values())


def _positional_message(qualname, lo, hi, given):
    if lo == hi:
        word = "argument" if hi == 1 else "arguments"
        return "%s() takes %d positional %s but %d were given" % (qualname, hi + 1, word, given + 1)
    return "%s() takes from %d to %d positional arguments but %d were given" % (
        qualname, lo + 1, hi + 1, given + 1)


def _missing_message(qualname, names, kind):
    if len(names) == 1:
        return "%s() missing 1 required %s argument: %r" % (qualname, kind, names[0])
    listed = ", ".join([repr(n) for n in names[:-1]]) + " and " + repr(names[-1])
    return "%s() missing %d required %s arguments: %s" % (qualname, len(names), kind, listed)


def _make_init(cls, frozen):
    qualname = cls.__qualname__ + ".__init__"

    def __init__(self, *args, **kwargs):
        flds = [f for f in _field_list(cls) if f.init]
        positional = [f for f in flds if not f.kw_only]
        keyword_only = [f for f in flds if f.kw_only]
        required = [f for f in positional
                    if f.default is MISSING and f.default_factory is MISSING]
        if len(args) > len(positional):
            raise TypeError(_positional_message(qualname, len(required), len(positional), len(args)))
        values = {}
        for f, a in zip(positional, args):
            values[f.name] = a
        names = [f.name for f in flds]
        for k, v in kwargs.items():
            if k not in names:
                raise TypeError("%s() got an unexpected keyword argument %r" % (qualname, k))
            if k in values:
                raise TypeError("%s() got multiple values for argument %r" % (qualname, k))
            values[k] = v
        for group, kind in ((positional, "positional"), (keyword_only, "keyword-only")):
            missing = [f.name for f in group if f.name not in values
                       and f.default is MISSING and f.default_factory is MISSING]
            if missing:
                raise TypeError(_missing_message(qualname, missing, kind))
        for f in _field_list(cls):
            if f.name in values:
                value = values[f.name]
            elif f.default_factory is not MISSING:
                value = f.default_factory()
            elif f.default is not MISSING:
                value = f.default
            else:
                continue
            if frozen:
                self.__dict__[f.name] = value
            else:
                setattr(self, f.name, value)
        post = getattr(self, "__post_init__", None)
        if post is not None:
            post()

    __init__.__qualname__ = qualname
    return __init__


def _values(obj, pick):
    return tuple([getattr(obj, f.name) for f in _field_list(type(obj)) if pick(f)])


def _compared(obj):
    return _values(obj, lambda f: f.compare)


def _make_repr(cls):
    def __repr__(self):
        parts = ["%s=%r" % (f.name, getattr(self, f.name))
                 for f in _field_list(type(self)) if f.repr]
        return type(self).__qualname__ + "(" + ", ".join(parts) + ")"

    return __repr__


def _make_eq():
    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return _compared(self) == _compared(other)
        return NotImplemented

    return __eq__


def _make_order(op):
    def compare(self, other):
        if other.__class__ is self.__class__:
            a, b = _compared(self), _compared(other)
            if op == "<":
                return a < b
            if op == "<=":
                return a <= b
            if op == ">":
                return a > b
            return a >= b
        return NotImplemented

    return compare


def _make_hash():
    def __hash__(self):
        return hash(_values(self, lambda f: f.compare if f.hash is None else f.hash))

    return __hash__


def _make_frozen_setattr(cls):
    def __setattr__(self, name, value):
        if type(self) is cls or name in cls.__dataclass_fields__:
            raise FrozenInstanceError("cannot assign to field %r" % (name,))
        self.__dict__[name] = value

    def __delattr__(self, name):
        if type(self) is cls or name in cls.__dataclass_fields__:
            raise FrozenInstanceError("cannot delete field %r" % (name,))
        del self.__dict__[name]

    return __setattr__, __delattr__


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only):
    if order and not eq:
        raise ValueError("eq must be true if order is true")
    fields = {}
    for base in reversed(cls.__mro__[1:]):
        base_fields = getattr(base, "__dataclass_fields__", None)
        if base_fields is not None:
            for f in base_fields.values():
                fields[f.name] = f
    annotations = cls.__dict__.get("__annotations__", {})
    kw_only_from_here = kw_only
    for name, annotation in annotations.items():
        if annotation is KW_ONLY or (isinstance(annotation, str) and annotation == "KW_ONLY"):
            kw_only_from_here = True
            continue
        if _is_classvar(annotation):
            continue
        default = cls.__dict__.get(name, MISSING)
        if isinstance(default, Field):
            f = default
            if f.default is MISSING:
                if name in cls.__dict__:
                    delattr(cls, name)
            else:
                setattr(cls, name, f.default)
        else:
            f = field(default=default)
        f.name = name
        f.type = annotation
        if f.kw_only is MISSING:
            f.kw_only = kw_only_from_here
        if f.default is not MISSING and type(f.default) in (list, dict, set):
            raise ValueError("mutable default %r for field %s is not allowed: use default_factory"
                             % (type(f.default), name))
        fields[name] = f
    cls.__dataclass_fields__ = fields
    seen_default = None
    for f in fields.values():
        if not f.init or f.kw_only:
            continue
        if f.default is MISSING and f.default_factory is MISSING:
            if seen_default is not None:
                raise TypeError("non-default argument %r follows default argument" % (f.name,))
        else:
            seen_default = f.name
    own = cls.__dict__
    if init:
        setattr(cls, "__init__", _make_init(cls, frozen))
    if repr and "__repr__" not in own:
        setattr(cls, "__repr__", _make_repr(cls))
    if eq and "__eq__" not in own:
        setattr(cls, "__eq__", _make_eq())
    if order:
        for name, op in (("__lt__", "<"), ("__le__", "<="), ("__gt__", ">"), ("__ge__", ">=")):
            if name in own:
                raise TypeError("Cannot overwrite attribute %s in class %s. Consider using "
                                "functools.total_ordering" % (name, cls.__name__))
            setattr(cls, name, _make_order(op))
    if frozen:
        setattr_fn, delattr_fn = _make_frozen_setattr(cls)
        setattr(cls, "__setattr__", setattr_fn)
        setattr(cls, "__delattr__", delattr_fn)
    has_own_hash = "__hash__" in own
    if unsafe_hash:
        if has_own_hash:
            raise TypeError("Cannot overwrite attribute __hash__ in class %s" % cls.__name__)
        setattr(cls, "__hash__", _make_hash())
    elif eq and frozen and not has_own_hash:
        setattr(cls, "__hash__", _make_hash())
    elif eq and not has_own_hash:
        setattr(cls, "__hash__", None)
    if match_args and "__match_args__" not in own:
        setattr(cls, "__match_args__",
                tuple([f.name for f in fields.values() if f.init and not f.kw_only]))
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True, kw_only=False, slots=False):
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only)

    if cls is None:
        return wrap
    return wrap(cls)


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, "__dataclass_fields__")


def fields(class_or_instance):
    cls = class_or_instance if isinstance(class_or_instance, type) else type(class_or_instance)
    try:
        flds = cls.__dataclass_fields__
    except AttributeError:
        raise TypeError("must be called with a dataclass type or instance")
    return tuple(flds.values())


def _asdict_inner(obj, dict_factory):
    if is_dataclass(obj) and not isinstance(obj, type):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory))
                             for f in fields(obj)])
    if isinstance(obj, (list, tuple)):
        items = [_asdict_inner(v, dict_factory) for v in obj]
        return items if isinstance(obj, list) else tuple(items)
    if isinstance(obj, dict):
        return {_asdict_inner(k, dict_factory): _asdict_inner(v, dict_factory)
                for k, v in obj.items()}
    return obj


def asdict(obj, *, dict_factory=dict):
    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError("asdict() should be called on dataclass instances")
    return _asdict_inner(obj, dict_factory)


def _astuple_inner(obj, tuple_factory):
    if is_dataclass(obj) and not isinstance(obj, type):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory)
                              for f in fields(obj)])
    if isinstance(obj, (list, tuple)):
        items = [_astuple_inner(v, tuple_factory) for v in obj]
        return items if isinstance(obj, list) else tuple(items)
    if isinstance(obj, dict):
        return {_astuple_inner(k, tuple_factory): _astuple_inner(v, tuple_factory)
                for k, v in obj.items()}
    return obj


def astuple(obj, *, tuple_factory=tuple):
    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError("astuple() should be called on dataclass instances")
    return _astuple_inner(obj, tuple_factory)


def replace(obj, /, **changes):
    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError("replace() should be called on dataclass instances")
    for f in fields(obj):
        if not f.init:
            if f.name in changes:
                raise ValueError("field %s is declared with init=False, it cannot be "
                                 "specified with replace()" % f.name)
            continue
        if f.name not in changes:
            changes[f.name] = getattr(obj, f.name)
    return type(obj)(**changes)


def make_dataclass(cls_name, fields, **kwargs):
    raise NotImplementedError("make_dataclass is not supported by pyaot yet")
