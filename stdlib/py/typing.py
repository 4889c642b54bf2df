"""The typing module (frozen into gilpy), kept small: the names exist and subscripting
works, so annotated programs run; no runtime type checking is done.

Generic aliases such as `List[int]` are `_Alias` objects that remember their origin and
arguments and print like CPython's (`typing.List[int]`).
"""

import sys

__all__ = ['Any', 'Callable', 'ClassVar', 'Final', 'Generic', 'Literal', 'Optional',
           'Protocol', 'Tuple', 'Type', 'TypeVar', 'Union', 'List', 'Dict', 'Set',
           'FrozenSet', 'Iterable', 'Iterator', 'Sequence', 'Mapping', 'MutableMapping',
           'NamedTuple', 'TypedDict', 'cast', 'overload', 'no_type_check', 'get_type_hints',
           'TYPE_CHECKING', 'NoReturn', 'AnyStr', 'Text', 'Annotated', 'ParamSpec',
           'Self', 'Never', 'TypeAlias', 'runtime_checkable', 'final', 'get_origin',
           'get_args', 'DefaultDict', 'Deque', 'Counter', 'OrderedDict', 'Generator',
           'Awaitable', 'Coroutine', 'AsyncIterator', 'AsyncIterable', 'AsyncGenerator',
           'Collection', 'Container', 'Hashable', 'Sized', 'Reversible', 'MutableSequence',
           'MutableSet', 'AbstractSet', 'SupportsInt', 'SupportsFloat', 'SupportsIndex',
           'IO', 'TextIO', 'BinaryIO', 'Pattern', 'Match', 'ItemsView', 'KeysView',
           'ValuesView', 'ContextManager', 'AsyncContextManager', 'NewType']

TYPE_CHECKING = False


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return obj.__module__ + '.' + obj.__qualname__
    if obj is ...:
        return '...'
    if obj is None or obj is type(None):
        return 'None'
    return repr(obj)


class _Alias:
    """A subscripted (or subscriptable) special form or generic alias."""

    def __init__(self, name, origin=None, args=(), nparams=-1):
        self._name = name
        self.__origin__ = origin
        self.__args__ = args
        self._nparams = nparams

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        return _Alias(self._name, self.__origin__, params, 0)

    def __call__(self, *args, **kwargs):
        if self.__origin__ is None or not callable(self.__origin__):
            raise TypeError("Type " + self._name + " cannot be instantiated")
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        if self.__origin__ is not None and isinstance(self.__origin__, type):
            return (self.__origin__,)
        return (Generic,)

    def __repr__(self):
        if not self.__args__:
            return 'typing.' + self._name
        if self._name == 'Optional' and len(self.__args__) == 1:
            return 'typing.Optional[' + _type_repr(self.__args__[0]) + ']'
        if self._name == 'Callable' and len(self.__args__) == 2 and isinstance(self.__args__[0], list):
            inner = '[' + ', '.join(_type_repr(a) for a in self.__args__[0]) + ']'
            return 'typing.Callable[' + inner + ', ' + _type_repr(self.__args__[1]) + ']'
        return 'typing.' + self._name + '[' + ', '.join(_type_repr(a) for a in self.__args__) + ']'

    def __eq__(self, other):
        if not isinstance(other, _Alias):
            return NotImplemented
        return self._name == other._name and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self._name, self.__args__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        if self.__origin__ is not None and isinstance(self.__origin__, type) and not self.__args__:
            return isinstance(obj, self.__origin__)
        raise TypeError("Subscripted generics cannot be used with class and instance checks")


class _Special(_Alias):
    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if self._name == 'Optional':
            if len(params) != 1:
                raise TypeError("typing.Optional requires a single type.")
            return _Alias('Optional', None, (params[0],), 0)
        if self._name == 'Union':
            flat = []
            for p in params:
                inner = p.__args__ if isinstance(p, _Alias) and p._name == 'Union' else (p,)
                for q in inner:
                    if q is None:
                        q = type(None)
                    if q not in flat:
                        flat.append(q)
            if len(flat) == 1:
                return flat[0]
            return _Alias('Union', None, tuple(flat), 0)
        return _Alias(self._name, self.__origin__, params, 0)


Any = _Special('Any', nparams=0)
NoReturn = _Special('NoReturn', nparams=0)
Never = _Special('Never', nparams=0)
Self = _Special('Self', nparams=0)
TypeAlias = _Special('TypeAlias', nparams=0)
Union = _Special('Union')
Optional = _Special('Optional')
ClassVar = _Special('ClassVar')
Final = _Special('Final')
Literal = _Special('Literal')
Annotated = _Special('Annotated')
Concatenate = _Special('Concatenate')
TypeGuard = _Special('TypeGuard')


def _generic(name, origin):
    return _Alias(name, origin)


List = _generic('List', list)
Dict = _generic('Dict', dict)
Set = _generic('Set', set)
FrozenSet = _generic('FrozenSet', frozenset)
Tuple = _generic('Tuple', tuple)
Type = _generic('Type', type)
Callable = _generic('Callable', None)
Text = str
AnyStr = None

for _name in ('Iterable', 'Iterator', 'Sequence', 'Mapping', 'MutableMapping', 'Generator',
              'Awaitable', 'Coroutine', 'AsyncIterator', 'AsyncIterable', 'AsyncGenerator',
              'Collection', 'Container', 'Hashable', 'Sized', 'Reversible', 'MutableSequence',
              'MutableSet', 'AbstractSet', 'ItemsView', 'KeysView', 'ValuesView',
              'ContextManager', 'AsyncContextManager', 'SupportsInt', 'SupportsFloat',
              'SupportsIndex', 'SupportsAbs', 'SupportsRound', 'IO', 'TextIO', 'BinaryIO',
              'Pattern', 'Match'):
    globals()[_name] = _Alias(_name)
del _name


def _lazy_origin(name, module, attr):
    def origin(*args, **kwargs):
        mod = __import__(module)
        return getattr(mod, attr)(*args, **kwargs)
    return _Alias(name, origin)


DefaultDict = _lazy_origin('DefaultDict', 'collections', 'defaultdict')
OrderedDict = _lazy_origin('OrderedDict', 'collections', 'OrderedDict')
Counter = _lazy_origin('Counter', 'collections', 'Counter')
Deque = _lazy_origin('Deque', 'collections', 'deque')
ChainMap = _lazy_origin('ChainMap', 'collections', 'ChainMap')


class TypeVar:
    """A type variable: `T = TypeVar('T')`."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        prefix = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]


AnyStr = TypeVar('AnyStr', bytes, str)


class ParamSpec(TypeVar):
    pass


class TypeVarTuple(TypeVar):
    pass


class Generic:
    """Base class for generic classes: `class Box(Generic[T])`."""

    def __class_getitem__(cls, params):
        return cls


class Protocol(Generic):
    """Base class for structural types (not checked at run time)."""


def runtime_checkable(cls):
    return cls


def final(f):
    return f


def overload(func):
    return func


def no_type_check(arg):
    return arg


def cast(typ, val):
    """Return `val` unchanged (a hint for type checkers)."""
    return val


def get_origin(tp):
    if isinstance(tp, _Alias):
        if tp._name == 'Optional':
            return Union
        return tp.__origin__ if tp.__origin__ is not None else globals().get(tp._name)
    return None


def get_args(tp):
    if isinstance(tp, _Alias):
        if tp._name == 'Optional':
            return (tp.__args__[0], type(None))
        return tp.__args__
    return ()


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    hints = {}
    if isinstance(obj, type):
        for klass in reversed(obj.__mro__):
            hints.update(getattr(klass, '__annotations__', {}) or {})
        return hints
    return dict(getattr(obj, '__annotations__', {}) or {})


def NewType(name, tp):
    """A callable that returns its argument, named `name`."""
    def new_type(x):
        return x
    new_type.__name__ = name
    new_type.__qualname__ = name
    new_type.__supertype__ = tp
    return new_type


class _NamedTupleMeta(type):
    """Turns `class P(NamedTuple): x: int` into a collections.namedtuple class."""

    def __new__(mcls, typename, bases, ns):
        if ns.get('_root', False):
            return super().__new__(mcls, typename, bases, ns)
        from collections import namedtuple
        ann = ns.get('__annotations__', {})
        fields = list(ann)
        defaults = [ns[f] for f in fields if f in ns]
        nt = namedtuple(typename, fields, defaults=defaults)
        for key, val in ns.items():
            if key not in ('__module__', '__qualname__', '__annotations__') and key not in fields:
                setattr(nt, key, val)
        nt.__annotations__ = ann
        if '__module__' in ns:
            nt.__module__ = ns['__module__']
        return nt

    def __call__(cls, typename, fields=None, /, **kwargs):
        from collections import namedtuple
        if fields is None:
            fields = list(kwargs.items())
        return namedtuple(typename, [name for name, _ in fields])


class NamedTuple(metaclass=_NamedTupleMeta):
    """Typed namedtuples: the class form and NamedTuple('P', [('x', int)])."""
    _root = True


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """TypedDict('Movie', {'name': str}): at run time, a dict subclass."""
    ns = {'__annotations__': dict(fields or kwargs), '__total__': total}
    return type(typename, (dict,), ns)
