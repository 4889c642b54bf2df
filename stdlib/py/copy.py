"""Shallow and deep copy operations (frozen into gilpy).

copy(x) and deepcopy(x, memo) honour __copy__ / __deepcopy__ and __getstate__ /
__setstate__. Built-in containers are copied directly; other objects are rebuilt the way
pickling would rebuild them: a new instance from cls.__new__(cls), its state (the
instance __dict__) copied over, and for subclasses of list / dict / set their items.
"""

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error

_atomic = [type(None), int, float, bool, str, bytes, type, range,
           type(len), type(Ellipsis), type(NotImplemented), property]
try:
    _atomic.append(complex)
except NameError:
    pass
_atomic = tuple(_atomic)


def _is_atomic(x):
    cls = type(x)
    if cls in _atomic or issubclass(cls, type):
        return True
    return cls is type(_is_atomic)


def copy(x):
    """Shallow copy of x."""
    cls = type(x)
    if _is_atomic(x) or cls in (tuple, frozenset):
        return x
    if cls is list:
        return x[:]
    if cls is dict or cls is set or cls is bytearray:
        return x.copy()
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    reductor = getattr(cls, '__reduce__', None)
    if reductor is not None:
        return _from_reduce(x, reductor(x), None)
    return _reconstruct(x, None)


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy of x; memo maps id(original) to its copy, for shared and cyclic
    structures."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if _is_atomic(x):
        return x
    if cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        # A tuple that contains itself through a list is already memoised.
        if d in memo:
            return memo[d]
        same = True
        for a, b in zip(x, items):
            if a is not b:
                same = False
                break
        y = x if same else tuple(items)
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is set or cls is frozenset:
        y = cls(deepcopy(list(x), memo))
    elif cls is bytearray:
        y = x.copy()
    else:
        copier = getattr(x, '__deepcopy__', None)
        reductor = getattr(cls, '__reduce__', None)
        if copier is not None:
            y = copier(memo)
        elif reductor is not None:
            y = _from_reduce(x, reductor(x), memo)
        else:
            y = _reconstruct(x, memo)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _state_of(x):
    getstate = getattr(type(x), '__getstate__', None)
    if getstate is not None:
        return getstate(x)
    d = getattr(x, '__dict__', None)
    return dict(d) if d else None


def _reconstruct(x, memo):
    deep = memo is not None
    cls = type(x)
    if hasattr(cls, '__getnewargs__'):
        args = x.__getnewargs__()
        if deep:
            args = deepcopy(args, memo)
        y = cls.__new__(cls, *args)
    elif isinstance(x, BaseException):
        y = cls.__new__(cls, *x.args)
    elif isinstance(x, (tuple, frozenset)):
        items = list(x)
        if deep:
            items = deepcopy(items, memo)
        y = cls.__new__(cls, items)
    else:
        y = cls.__new__(cls)
    if deep:
        memo[id(x)] = y
    state = _state_of(x)
    if state:
        if deep:
            state = deepcopy(state, memo)
        setstate = getattr(y, '__setstate__', None)
        if setstate is not None:
            setstate(state)
        else:
            y.__dict__.update(state)
    if isinstance(x, list):
        for item in x:
            y.append(deepcopy(item, memo) if deep else item)
    elif isinstance(x, dict):
        for key, value in x.items():
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            y[key] = value
    elif isinstance(x, set):
        for item in x:
            y.add(deepcopy(item, memo) if deep else item)
    return y


def _from_reduce(x, rv, memo):
    """Rebuild x from its __reduce__() value: (callable, args[, state[, listitems[,
    dictitems]]])."""
    deep = memo is not None
    rv = tuple(rv) + (None,) * (5 - len(rv))
    func, args, state, listiter, dictiter = rv[:5]
    if deep:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        setstate = getattr(y, '__setstate__', None)
        if setstate is not None:
            setstate(state)
        else:
            slotstate = None
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            if state:
                y.__dict__.update(state)
            if slotstate:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            y[key] = value
    return y
