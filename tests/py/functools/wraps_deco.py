# functools.wraps preserves metadata; update_wrapper.
from functools import wraps
def logged(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        """wrapper doc"""
        print("calling", fn.__name__)
        return fn(*args, **kwargs)
    return wrapper
@logged
def area(w, h):
    """Compute an area."""
    return w * h
print(area(3, 4), area.__name__, area.__doc__, area.__wrapped__(2, 2), area.__qualname__)
def plain(fn):
    def wrapper(*a):
        return fn(*a)
    return wrapper
@plain
def other():
    """other doc"""
print(other.__name__, other.__doc__)
