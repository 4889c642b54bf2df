"""The types module (frozen into gilpy): names for built-in types, SimpleNamespace,
DynamicClassAttribute, new_class / prepare_class / resolve_bases, coroutine."""

import sys


def _f():
    pass


FunctionType = type(_f)
LambdaType = type(lambda: None)


def _g():
    yield 1


GeneratorType = type(_g())


async def _c():
    pass


_co = _c()
CoroutineType = type(_co)
_co.close()
del _co


class _C:
    def _m(self):
        pass


MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(sys)
NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)

try:
    CodeType = type(_f.__code__)
except AttributeError:
    pass

del _f, _g, _c, _C


class SimpleNamespace:
    """An object whose attributes are the keyword arguments it was made with."""

    def __init__(self, /, *args, **kwargs):
        if args:
            raise TypeError("no positional arguments expected")
        for key, value in kwargs.items():
            setattr(self, key, value)

    def __repr__(self):
        name = "namespace" if type(self) is SimpleNamespace else type(self).__name__
        items = [key + "=" + repr(value) for key, value in self.__dict__.items()]
        return name + "(" + ", ".join(items) + ")"

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    __hash__ = None


class DynamicClassAttribute:
    """A property on instances; on the class, attribute lookup goes to __getattr__."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.__doc__ = doc or (getattr(fget, '__doc__', None) if fget is not None else None)
        self.overwrite_doc = doc is None
        self.__isabstractmethod__ = bool(getattr(fget, '__isabstractmethod__', False))

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.__isabstractmethod__:
                return self
            raise AttributeError()
        if self.fget is None:
            raise AttributeError("unreadable attribute")
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("can't set attribute")
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("can't delete attribute")
        self.fdel(instance)

    def getter(self, fget):
        return type(self)(fget, self.fset, self.fdel, self.__doc__)

    def setter(self, fset):
        return type(self)(self.fget, fset, self.fdel, self.__doc__)

    def deleter(self, fdel):
        return type(self)(self.fget, self.fset, fdel, self.__doc__)


def resolve_bases(bases):
    """Replace bases that define __mro_entries__ with what it returns."""
    new_bases = list(bases)
    updated = False
    shift = 0
    for i, base in enumerate(bases):
        if isinstance(base, type):
            continue
        if not hasattr(base, "__mro_entries__"):
            continue
        new_base = base.__mro_entries__(bases)
        updated = True
        if not isinstance(new_base, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        new_bases[i + shift:i + shift + 1] = new_base
        shift += len(new_base) - 1
    if not updated:
        return bases
    return tuple(new_bases)


def _calculate_meta(meta, bases):
    winner = meta
    for base in bases:
        base_meta = type(base)
        if issubclass(winner, base_meta):
            continue
        if issubclass(base_meta, winner):
            winner = base_meta
            continue
        raise TypeError("metaclass conflict: the metaclass of a derived class must be a "
                        "(non-strict) subclass of the metaclasses of all its bases")
    return winner


def prepare_class(name, bases=(), kwds=None):
    """Return (metaclass, namespace, remaining keywords) for a class statement."""
    kwds = {} if kwds is None else dict(kwds)
    if 'metaclass' in kwds:
        meta = kwds.pop('metaclass')
    elif bases:
        meta = type(bases[0])
    else:
        meta = type
    if isinstance(meta, type):
        meta = _calculate_meta(meta, bases)
    if hasattr(meta, '__prepare__'):
        ns = meta.__prepare__(name, bases, **kwds)
    else:
        ns = {}
    return meta, ns, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class dynamically, as a class statement would."""
    resolved_bases = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved_bases, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved_bases is not bases:
        ns['__orig_bases__'] = bases
    return meta(name, resolved_bases, ns, **kwds)


class _GeneratorWrapper:
    """A generator made awaitable by `coroutine` (what CPython's code flag does)."""

    def __init__(self, gen):
        self.__wrapped = gen

    def __await__(self):
        return self.__wrapped

    def __iter__(self):
        return self.__wrapped

    def __next__(self):
        return next(self.__wrapped)

    def send(self, value):
        return self.__wrapped.send(value)

    def throw(self, *args):
        return self.__wrapped.throw(*args)

    def close(self):
        return self.__wrapped.close()


def coroutine(func):
    """Make a generator function's results awaitable."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')

    def wrapped(*args, **kwargs):
        result = func(*args, **kwargs)
        if type(result).__name__ == 'generator':
            return _GeneratorWrapper(result)
        return result

    wrapped.__name__ = getattr(func, '__name__', 'coroutine')
    wrapped.__qualname__ = getattr(func, '__qualname__', wrapped.__name__)
    wrapped.__doc__ = getattr(func, '__doc__', None)
    return wrapped


__all__ = [n for n in globals() if n[:1] != '_' and n != 'sys']


def _type_repr(obj):
    # How generic aliases and unions show their parts: classes by (qualified) name.
    if obj is ...:
        return '...'
    if obj is type(None):
        return 'None'
    if isinstance(obj, (GenericAlias, UnionType)):
        return repr(obj)
    qualname = getattr(obj, '__qualname__', None)
    module = getattr(obj, '__module__', None)
    if isinstance(qualname, str) and isinstance(module, str):
        if module == 'builtins':
            return qualname
        return module + '.' + qualname
    return repr(obj)


def _collect_parameters(args):
    params = []
    for a in args:
        if type(a).__name__ in ('TypeVar', 'ParamSpec', 'TypeVarTuple'):
            found = (a,)
        elif isinstance(a, type):
            found = ()
        else:
            found = getattr(a, '__parameters__', ())
            if not isinstance(found, tuple):
                found = ()
        for p in found:
            if p not in params:
                params.append(p)
    return tuple(params)


# Attributes a generic alias answers itself; every other one comes from its origin.
_GA_OWN = frozenset(('__class__', '__origin__', '__args__', '__unpacked__', '__parameters__',
                     '__typing_unpacked_tuple_args__', '__mro_entries__', '__reduce_ex__',
                     '__reduce__', '__copy__', '__deepcopy__'))


class GenericAlias:
    """`list[int]`: a class with type arguments (what subscripting a built-in class gives)."""

    def __init__(self, origin, args, /):
        if not isinstance(args, tuple):
            args = (args,)
        object.__setattr__(self, '__origin__', origin)
        object.__setattr__(self, '__args__', args)
        object.__setattr__(self, '__parameters__', _collect_parameters(args))

    def __setattr__(self, name, value):
        if name in _GA_OWN:
            raise AttributeError('readonly attribute')
        setattr(self.__origin__, name, value)

    def __getattr__(self, name):
        if name in _GA_OWN or (name.startswith('__') and name.endswith('__')
                               and name not in ('__name__', '__qualname__', '__module__',
                                                '__doc__')):
            raise AttributeError(name)
        return getattr(self.__origin__, name)

    def __repr__(self):
        if not self.__args__:
            args = '()'
        else:
            args = ', '.join(_type_repr(a) for a in self.__args__)
        return _type_repr(self.__origin__) + '[' + args + ']'

    def __call__(self, *args, **kwargs):
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except (AttributeError, TypeError):
            pass
        return result

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __instancecheck__(self, obj):
        raise TypeError('isinstance() argument 2 cannot be a parameterized generic')

    def __subclasscheck__(self, cls):
        raise TypeError('issubclass() argument 2 cannot be a parameterized generic')

    def __getitem__(self, items):
        params = self.__parameters__
        if not params:
            raise TypeError(f'{self!r} is not a generic class')
        if not isinstance(items, tuple):
            items = (items,)
        if len(items) != len(params):
            raise TypeError(f"Too {'many' if len(items) > len(params) else 'few'} arguments "
                            f"for {self!r}; actual {len(items)}, expected {len(params)}")
        subst = dict(zip(params, items))
        new_args = []
        for a in self.__args__:
            if a in subst:
                new_args.append(subst[a])
            elif getattr(a, '__parameters__', ()) and not isinstance(a, type):
                new_args.append(a[tuple(subst[p] for p in a.__parameters__)])
            else:
                new_args.append(a)
        return GenericAlias(self.__origin__, tuple(new_args))

    def __or__(self, other):
        return _union(self, other)

    def __ror__(self, other):
        return _union(other, self)

    def __reduce__(self):
        return GenericAlias, (self.__origin__, self.__args__)

    def __dir__(self):
        return sorted(set(dir(self.__origin__)) | set(_GA_OWN))


def _union(left, right):
    """`left | right` between types: a UnionType, or the single type left after dedup."""
    args = []
    for part in (left, right):
        part = type(None) if part is None else part
        for a in (part.__args__ if isinstance(part, UnionType) else (part,)):
            if a not in args:
                args.append(a)
    if len(args) == 1:
        return args[0]
    u = object.__new__(UnionType)
    object.__setattr__(u, '__args__', tuple(args))
    object.__setattr__(u, '__parameters__', _collect_parameters(args))
    return u


class UnionType:
    """`int | str`: the union of types (usable with isinstance and issubclass)."""

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 'types.UnionType' instances")

    def __setattr__(self, name, value):
        raise AttributeError('readonly attribute')

    def __repr__(self):
        return ' | '.join(_type_repr(a) for a in self.__args__)

    def __eq__(self, other):
        if not isinstance(other, UnionType):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __or__(self, other):
        if other is not None and not isinstance(other, (type, GenericAlias, UnionType)):
            return NotImplemented
        return _union(self, other)

    def __ror__(self, other):
        if other is not None and not isinstance(other, (type, GenericAlias, UnionType)):
            return NotImplemented
        return _union(other, self)

    def __instancecheck__(self, obj):
        for a in self.__args__:
            if isinstance(a, GenericAlias):
                raise TypeError('isinstance() argument 2 cannot be a parameterized generic')
        return isinstance(obj, self.__args__)

    def __subclasscheck__(self, cls):
        for a in self.__args__:
            if isinstance(a, GenericAlias):
                raise TypeError('issubclass() argument 2 cannot be a parameterized generic')
        return issubclass(cls, self.__args__)

    def __mro_entries__(self, bases):
        raise TypeError(f'Cannot subclass {self!r}')
