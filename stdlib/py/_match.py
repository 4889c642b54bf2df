"""Runtime helpers of the lowered `match` statement (see grammar/patterns.rs): each one
checks a structural pattern and returns the values its sub-patterns match against, or None
when the subject does not fit."""

_SELF_MATCHING = (bool, bytearray, bytes, dict, float, frozenset, int, list, set, str, tuple)
_MISSING = object()


def _abc():
    import collections.abc
    return collections.abc


def seq(subject, n, star):
    """A sequence pattern of n items (one of them starred if star): the items as a list."""
    if isinstance(subject, (str, bytes, bytearray)):
        return None
    if not isinstance(subject, (list, tuple, range)):
        if isinstance(subject, dict) or not isinstance(subject, _abc().Sequence):
            return None
    size = len(subject)
    if (size < n - 1) if star else (size != n):
        return None
    return list(subject)


def mapping(subject, keys, rest):
    """A mapping pattern: the values of keys (then the remaining items if rest)."""
    if not isinstance(subject, dict) and not isinstance(subject, _abc().Mapping):
        return None
    seen = []
    for k in keys:
        if k in seen:
            raise ValueError("mapping pattern checks duplicate key (%r)" % (k,))
        seen.append(k)
    out = []
    get = subject.get
    for k in keys:
        v = get(k, _MISSING)
        if v is _MISSING:
            return None
        out.append(v)
    if rest:
        d = dict(subject)
        for k in keys:
            del d[k]
        out.append(d)
    return out


def cls(subject, cls_, npos, kwnames):
    """A class pattern: the attributes named by __match_args__ and by the keywords."""
    if not isinstance(cls_, type):
        raise TypeError("called match pattern must be a class")
    if not isinstance(subject, cls_):
        return None
    out = []
    names = []
    if npos:
        if issubclass(cls_, _SELF_MATCHING) and not hasattr(cls_, '__match_args__'):
            if npos > 1:
                raise TypeError("%s() accepts 1 positional sub-pattern (%d given)"
                                % (cls_.__name__, npos))
            out.append(subject)
        else:
            args = getattr(cls_, '__match_args__', ())
            if not isinstance(args, tuple):
                raise TypeError("%s.__match_args__ must be a tuple (got %s)"
                                % (cls_.__name__, type(args).__name__))
            if npos > len(args):
                raise TypeError("%s() accepts %d positional sub-pattern%s (%d given)"
                                % (cls_.__name__, len(args), "" if len(args) == 1 else "s",
                                   npos))
            names = list(args[:npos])
    for name in kwnames:
        if name in names:
            raise TypeError("%s() got multiple sub-patterns for attribute %r"
                            % (cls_.__name__, name))
        names.append(name)
    for name in names:
        try:
            out.append(getattr(subject, name))
        except AttributeError:
            return None
    return out
