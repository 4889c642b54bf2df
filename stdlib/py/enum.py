"""The enum module (frozen into gilpy): Enum, IntEnum, StrEnum, Flag, IntFlag, auto,
unique, EnumMeta (EnumType), with CPython 3.11's reprs, lookups and error messages.

Members are collected by the metaclass from the class namespace in definition order;
names that are dunders, _sunders_, descriptors (functions, properties, ...) or listed in
`_ignore_` are not members.
"""

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag',
           'ReprEnum', 'auto', 'unique', 'global_enum', 'verify',
           'CONTINUOUS', 'NAMED_FLAGS', 'UNIQUE', 'FlagBoundary', 'STRICT', 'CONFORM',
           'EJECT', 'KEEP']

_auto_null = object()


class auto:
    """Instances are replaced by an appropriate value (by _generate_next_value_)."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % (self.value,)


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1] != '_' and name[-2] != '_'


def _is_descriptor(obj):
    return (hasattr(obj, '__get__') or hasattr(obj, '__set__') or hasattr(obj, '__delete__')
            or isinstance(obj, (staticmethod, classmethod, type(lambda: None))))


def _is_private(cls_name, name):
    pattern = '_%s__' % (cls_name.lstrip('_'),)
    return len(name) > len(pattern) and name.startswith(pattern) and not name.endswith('__')


class EnumType(type):
    """Metaclass for Enum."""

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        ignore = classdict.get('_ignore_', [])
        if isinstance(ignore, str):
            ignore = ignore.replace(',', ' ').split()
        members = {}
        body = {}
        for key, value in classdict.items():
            if key == '_ignore_' or key in ignore:
                continue
            if (_is_dunder(key) or _is_sunder(key) or _is_private(cls, key)
                    or _is_descriptor(value)):
                body[key] = value
            else:
                if key in members:
                    raise TypeError('%r already defined as %r' % (key, members[key]))
                members[key] = value
        body['_member_names_'] = []
        body['_member_map_'] = {}
        body['_value2member_map_'] = {}
        body['_member_type_'] = member_type
        enum_class = super().__new__(metacls, cls, bases, body, **kwds)
        gen = getattr(enum_class, '_generate_next_value_')
        values = []
        for name, value in members.items():
            if isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = gen(name, 1, len(values), values[:])
                value = value.value
            elif isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
                value = tuple(gen(name, 1, len(values), values[:]) if isinstance(v, auto) else v
                              for v in value)
            values.append(value)
            enum_class._add_member_(name, value)
        return enum_class

    @staticmethod
    def _get_mixins_(class_name, bases):
        if not bases:
            return object, Enum
        member_type = object
        first_enum = bases[-1]
        for base in bases:
            for klass in base.__mro__:
                if klass is object:
                    continue
                if isinstance(klass, EnumType):
                    if klass._member_names_:
                        raise TypeError('%s: cannot extend enumeration %r' % (class_name, klass.__name__))
                    continue
                if '__new__' in klass.__dict__ or klass in (int, str, float, bytes):
                    member_type = klass
                    break
            if member_type is not object:
                break
        return member_type, first_enum

    def _add_member_(cls, name, value):
        args = value if isinstance(value, tuple) else (value,)
        member_type = cls._member_type_
        new = cls.__dict__.get('__new__') or cls.__dict__.get('_new_member_')
        if new is not None and not isinstance(new, staticmethod):
            member = new(cls, *args)
        elif new is not None:
            member = new.__func__(cls, *args)
        elif member_type is object:
            member = object.__new__(cls)
        else:
            member = member_type.__new__(cls, *args)
        if not hasattr(member, '_value_'):
            if member_type is object:
                member._value_ = value
            else:
                member._value_ = member_type(*args)
        value = member._value_
        member._name_ = name
        member.__objclass__ = cls
        init = getattr(cls, '__init__', None)
        if init is not None and init is not object.__init__ and '__init__' in _mro_dicts(cls):
            member.__init__(*args)
        for existing in cls._member_map_.values():
            if existing._value_ == value:
                cls._member_map_[name] = existing
                type.__setattr__(cls, name, existing)
                return
        cls._member_names_.append(name)
        cls._member_map_[name] = member
        try:
            cls._value2member_map_.setdefault(value, member)
        except TypeError:
            pass
        type.__setattr__(cls, name, member)

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        if names is None:
            return cls.__new_member_lookup__(value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type, start=start)

    def __new_member_lookup__(cls, value):
        if isinstance(value, cls):
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            pass
        for member in cls._member_map_.values():
            if member._value_ == value:
                return member
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if result is None:
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        raise TypeError('error in %s._missing_: returned %r instead of None or a valid member'
                        % (cls.__name__, result))

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1):
        bases = (cls,) if type is None else (type, cls)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        classdict = {}
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            values = []
            for count, name in enumerate(names):
                value = cls._generate_next_value_(name, start, count, values[:])
                values.append(value)
                classdict[name] = value
        elif isinstance(names, dict):
            classdict.update(names)
        else:
            for name, value in names:
                classdict[name] = value
        if module is not None:
            classdict['__module__'] = module
        if qualname is not None:
            classdict['__qualname__'] = qualname
        metacls = cls.__class__
        return metacls.__new__(metacls, class_name, bases, classdict)

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    @property
    def __members__(cls):
        return dict(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get('_member_map_', {}):
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)

    def __delattr__(cls, name):
        if name in cls.__dict__.get('_member_map_', {}):
            raise AttributeError('cannot delete member %r' % (name,))
        super().__delattr__(name)


EnumMeta = EnumType


def _mro_dicts(cls):
    names = set()
    for klass in cls.__mro__:
        if klass in (Enum, ReprEnum, object) or klass is cls._member_type_:
            continue
        names.update(klass.__dict__)
    return names


Enum = ReprEnum = Flag = None


class Enum(metaclass=EnumType):
    """Base class for enumerations: `class Color(Enum): RED = 1`."""

    def __new__(cls, value):
        return cls.__new_member_lookup__(value)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        try:
            return sorted(last_values)[-1] + 1
        except TypeError:
            raise TypeError('unable to sort non-numeric values') from None

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = self.__class__._value_repr_ if hasattr(self.__class__, '_value_repr_') else repr
        return "<%s.%s: %s>" % (self.__class__.__name__, self._name_, v_repr(self._value_))

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __dir__(self):
        return ['__class__', '__doc__', '__eq__', '__hash__', '__module__', 'name', 'value']

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_


class ReprEnum(Enum):
    """Enum whose str() and format() are those of the mixed-in type."""


class IntEnum(int, ReprEnum):
    """Enum where members are also ints."""

    __repr__ = Enum.__repr__

    def __str__(self):
        return int.__repr__(self._value_)

    def __format__(self, format_spec):
        return format(self._value_, format_spec)


class StrEnum(str, ReprEnum):
    """Enum where members are also strs."""

    __repr__ = Enum.__repr__

    def __str__(self):
        return self._value_

    def __format__(self, format_spec):
        return format(self._value_, format_spec)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class FlagBoundary:
    STRICT = 'strict'
    CONFORM = 'conform'
    EJECT = 'eject'
    KEEP = 'keep'


STRICT, CONFORM, EJECT, KEEP = 'strict', 'conform', 'eject', 'keep'


def _bits(n):
    out = []
    bit = 1
    while bit <= n:
        if n & bit:
            out.append(bit)
        bit <<= 1
    return out


class Flag(Enum):
    """Enum whose members can be combined with the bitwise operators."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        high = max(last_values)
        return 1 << (high.bit_length())

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            return None
        all_bits = 0
        for m in cls._member_map_.values():
            all_bits |= m._value_
        if value < 0 or value & ~all_bits:
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        pseudo = object.__new__(cls) if cls._member_type_ is object else cls._member_type_.__new__(cls, value)
        names = [m._name_ for m in cls._iter_canonical(value)]
        pseudo._name_ = '|'.join(names) if names else None
        pseudo._value_ = value
        cls._value2member_map_[value] = pseudo
        return pseudo

    @classmethod
    def _iter_canonical(cls, value):
        for name in cls._member_names_:
            m = cls._member_map_[name]
            v = m._value_
            if v and v & (v - 1) == 0 and value & v:
                yield m

    def __iter__(self):
        return iter(list(self.__class__._iter_canonical(self._value_)))

    def __len__(self):
        return len(_bits(self._value_))

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __bool__(self):
        return bool(self._value_)

    def __repr__(self):
        name = self._name_
        if name is None:
            return '<%s: %r>' % (self.__class__.__name__, self._value_)
        return '<%s.%s: %r>' % (self.__class__.__name__, name, self._value_)

    def __str__(self):
        if self._name_ is None:
            return '%s(%r)' % (self.__class__.__name__, self._value_)
        return '%s.%s' % (self.__class__.__name__, self._name_)

    def __or__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.__class__(self._value_ | other._value_)

    def __and__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.__class__(self._value_ & other._value_)

    def __xor__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.__class__(self._value_ ^ other._value_)

    def __invert__(self):
        all_bits = 0
        for m in self.__class__._member_map_.values():
            all_bits |= m._value_
        return self.__class__(all_bits & ~self._value_)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__


class IntFlag(int, ReprEnum, Flag):
    """Flag whose members are also ints."""

    __repr__ = Flag.__repr__

    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return self.__class__(self._value_ | int(other))

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return self.__class__(self._value_ & int(other))

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return self.__class__(self._value_ ^ int(other))

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __str__(self):
        return int.__repr__(self._value_)

    def __format__(self, format_spec):
        return format(self._value_, format_spec)


def unique(enumeration):
    """Class decorator: no two names may share a value."""
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member._name_:
            duplicates.append((name, member._name_))
    if duplicates:
        alias_details = ', '.join('%s -> %s' % (alias, name) for (alias, name) in duplicates)
        raise ValueError('duplicate values found in %r: %s' % (enumeration, alias_details))
    return enumeration


def global_enum(cls):
    return cls


CONTINUOUS, NAMED_FLAGS, UNIQUE = 'no skipped integer values', 'multi-flag aliases may not contain unnamed flags', 'one name per value'


def verify(*checks):
    def decorator(enumeration):
        if UNIQUE in checks:
            unique(enumeration)
        return enumeration
    return decorator
