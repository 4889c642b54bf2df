"""The dataclasses module (frozen into gilpy): @dataclass, field, fields, asdict, astuple,
replace, is_dataclass, make_dataclass, FrozenInstanceError, MISSING, KW_ONLY, InitVar.

Like CPython, the generated __init__ is compiled from source text (with exec), so argument
errors read exactly as for a hand-written __init__.
"""

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY',
           'MISSING', 'fields', 'asdict', 'astuple', 'make_dataclass', 'replace',
           'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


class _MissingType:
    def __repr__(self):
        return 'MISSING'


MISSING = _MissingType()


class _KwOnlyType:
    def __repr__(self):
        return 'KW_ONLY'


KW_ONLY = _KwOnlyType()


class InitVar:
    def __init__(self, type):
        self.type = type

    def __class_getitem__(cls, type):
        return InitVar(type)

    def __repr__(self):
        return 'dataclasses.InitVar[' + getattr(self.type, '__name__', repr(self.type)) + ']'


class _HasDefaultFactory:
    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _HasDefaultFactory()


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
        self._field_type = 'field'

    def __repr__(self):
        return ('Field(name=' + repr(self.name) + ',type=' + repr(self.type) +
                ',default=' + repr(self.default) + ',default_factory=' + repr(self.default_factory) +
                ',init=' + repr(self.init) + ',repr=' + repr(self.repr) + ',hash=' + repr(self.hash) +
                ',compare=' + repr(self.compare) + ',metadata=' + repr(self.metadata) +
                ',kw_only=' + repr(self.kw_only) + ',_field_type=' + self._field_type + ')')


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None,
          compare=True, metadata=None, kw_only=MISSING):
    """Describe one field of a dataclass."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _is_classvar(tp):
    if getattr(tp, '_name', None) == 'ClassVar':
        return True
    return isinstance(tp, str) and (tp.startswith('ClassVar') or tp.startswith('typing.ClassVar'))


def _process_class(cls, init, do_repr, eq, order, unsafe_hash, frozen, match_args, kw_only):
    all_fields = {}
    for base in cls.__mro__[-1:0:-1]:
        base_fields = getattr(base, '__dataclass_fields__', None)
        if base_fields is not None:
            for f in base_fields.values():
                all_fields[f.name] = f
    ann = cls.__dict__.get('__annotations__', {})
    own = []
    kw_only_here = kw_only
    for name, tp in ann.items():
        if tp is KW_ONLY or (isinstance(tp, str) and tp.endswith('KW_ONLY')):
            kw_only_here = True
            continue
        if _is_classvar(tp):
            continue
        default = cls.__dict__.get(name, MISSING)
        if isinstance(default, Field):
            f = default
        else:
            f = field(default=default)
        f.name = name
        f.type = tp
        if isinstance(tp, InitVar) or tp is InitVar:
            f._field_type = 'initvar'
        if f.kw_only is MISSING:
            f.kw_only = kw_only_here
        if f.default is not MISSING and type(f.default) in (list, dict, set):
            raise ValueError('mutable default ' + str(type(f.default)) + ' for field ' + name +
                             ' is not allowed: use default_factory')
        own.append(f)
    for f in own:
        all_fields[f.name] = f
        if isinstance(cls.__dict__.get(f.name), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in ann:
            raise TypeError(repr(name) + ' is a field but has no type annotation')
    cls.__dataclass_fields__ = {n: f for n, f in all_fields.items() if f._field_type == 'field'}
    cls.__dataclass_params__ = (init, do_repr, eq, order, unsafe_hash, frozen)
    flist = list(all_fields.values())
    data_fields = [f for f in flist if f._field_type == 'field']
    if init:
        _set_new(cls, '__init__', _make_init(cls, flist, frozen))
    if do_repr:
        _set_new(cls, '__repr__', _make_repr(data_fields))
    if eq:
        _set_new(cls, '__eq__', _make_cmp(data_fields, lambda a, b: a == b))
    if order:
        for name, op in (('__lt__', lambda a, b: a < b), ('__le__', lambda a, b: a <= b),
                         ('__gt__', lambda a, b: a > b), ('__ge__', lambda a, b: a >= b)):
            if name in cls.__dict__:
                raise TypeError('Cannot overwrite attribute ' + name + ' in class ' +
                                cls.__name__ + '. Consider using functools.total_ordering')
            setattr(cls, name, _make_cmp(data_fields, op))
    if frozen:
        def __setattr__(self, name, value):
            if type(self) is cls or name in cls.__dataclass_fields__:
                raise FrozenInstanceError("cannot assign to field " + repr(name))
            super(cls, self).__setattr__(name, value)

        def __delattr__(self, name):
            if type(self) is cls or name in cls.__dataclass_fields__:
                raise FrozenInstanceError("cannot delete field " + repr(name))
            super(cls, self).__delattr__(name)
        cls.__setattr__ = __setattr__
        cls.__delattr__ = __delattr__
    has_own_hash = '__hash__' in cls.__dict__ and cls.__dict__['__hash__'] is not None
    hash_fields = [f for f in data_fields if (f.compare if f.hash is None else f.hash)]
    if unsafe_hash or (eq and frozen and not has_own_hash):
        cls.__hash__ = lambda self: hash(tuple(getattr(self, f.name) for f in hash_fields))
    elif eq and not frozen and not has_own_hash:
        cls.__hash__ = None
    if match_args and '__match_args__' not in cls.__dict__:
        cls.__match_args__ = tuple(f.name for f in data_fields if f.init and not f.kw_only)
    return cls


def _set_new(cls, name, value):
    if name not in cls.__dict__:
        value.__qualname__ = cls.__qualname__ + '.' + name
        setattr(cls, name, value)


def _make_init(cls, flist, frozen):
    ns = {'MISSING': MISSING, '_HAS_DEFAULT_FACTORY': _HAS_DEFAULT_FACTORY, '__object': object}
    pos, kws, body = [], [], []
    seen_default = False
    for f in flist:
        if not f.init:
            if f.default_factory is not MISSING:
                ns['__dflt_' + f.name] = f.default_factory
                body.append(_assign(f.name, '__dflt_' + f.name + '()', frozen))
            elif f.default is not MISSING:
                ns['__dflt_' + f.name] = f.default
                body.append(_assign(f.name, '__dflt_' + f.name, frozen))
            continue
        if f.default_factory is not MISSING:
            ns['__dflt_' + f.name] = f.default_factory
            param = f.name + '=_HAS_DEFAULT_FACTORY'
            value = '__dflt_' + f.name + '() if ' + f.name + ' is _HAS_DEFAULT_FACTORY else ' + f.name
        elif f.default is not MISSING:
            ns['__dflt_' + f.name] = f.default
            param = f.name + '=__dflt_' + f.name
            value = f.name
        else:
            param = f.name
            value = f.name
        if f.kw_only:
            kws.append(param)
        else:
            if '=' in param:
                seen_default = True
            elif seen_default:
                raise TypeError('non-default argument ' + repr(f.name) + ' follows default argument')
            pos.append(param)
        if f._field_type == 'field':
            body.append(_assign(f.name, value, frozen))
    initvars = [f.name for f in flist if f._field_type == 'initvar']
    if hasattr(cls, '__post_init__'):
        body.append('self.__post_init__(' + ', '.join(initvars) + ')')
    params = ['self'] + pos
    if kws:
        params += ['*'] + kws
    src = 'def __init__(' + ', '.join(params) + '):\n'
    src += ''.join('    ' + line + '\n' for line in body) or '    pass\n'
    exec(src, ns)
    return ns['__init__']


def _assign(name, value, frozen):
    if frozen:
        return '__object.__setattr__(self, ' + repr(name) + ', ' + value + ')'
    return 'self.' + name + ' = ' + value


def _make_repr(data_fields):
    shown = [f.name for f in data_fields if f.repr]

    def __repr__(self):
        parts = [name + '=' + repr(getattr(self, name)) for name in shown]
        return type(self).__qualname__ + '(' + ', '.join(parts) + ')'
    return __repr__


def _make_cmp(data_fields, op):
    names = [f.name for f in data_fields if f.compare]

    def compare(self, other):
        if other.__class__ is self.__class__:
            return op(tuple(getattr(self, n) for n in names), tuple(getattr(other, n) for n in names))
        return NotImplemented
    return compare


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False, weakref_slot=False):
    """Add __init__, __repr__, __eq__ (and more on request) from the class annotations."""
    def wrap(cls):
        if order and not eq:
            raise ValueError('eq must be true if order is true')
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only)
    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    """The Field objects of a dataclass or instance, in definition order."""
    try:
        fs = class_or_instance.__dataclass_fields__
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(fs.values())


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, '__dataclass_fields__')


def _is_dataclass_instance(obj):
    return hasattr(type(obj), '__dataclass_fields__')


def asdict(obj, *, dict_factory=dict):
    """A dict of the fields, recursing into dataclasses, lists, tuples and dicts."""
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory))
                             for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory))
                         for k, v in obj.items())
    return obj


def astuple(obj, *, tuple_factory=tuple):
    """A tuple of the field values, recursing like asdict."""
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory) for f in fields(obj)])
    if isinstance(obj, (list, tuple)) and not hasattr(obj, '_fields'):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    return obj


def replace(obj, /, **changes):
    """A new instance with some fields changed."""
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in obj.__dataclass_fields__.values():
        if not f.init:
            if f.name in changes:
                raise ValueError('field ' + f.name + ' is declared with init=False, it cannot '
                                 'be specified with replace()')
            continue
        if f.name not in changes:
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, **kwargs):
    """Create a dataclass from (name, type[, Field]) specs."""
    ns = dict(namespace or {})
    ann = {}
    for item in fields:
        if isinstance(item, str):
            ann[item] = 'typing.Any'
        elif len(item) == 2:
            ann[item[0]] = item[1]
        else:
            ann[item[0]] = item[1]
            ns[item[0]] = item[2]
    ns['__annotations__'] = ann
    cls = type(cls_name, bases, ns)
    return dataclass(cls, **kwargs)
