# *args, keyword-only, **kwargs and positional-only parameters.
def f(a, *args, kw=1, **kwargs):
    return a, args, kw, sorted(kwargs.items())
print(f(1), f(1, 2, 3), f(1, kw=2), f(1, 2, x=3, y=4), f(*range(3), **{"kw": 9, "z": 0}))
def kwonly(a, *, b, c=3):
    return a + b + c
print(kwonly(1, b=2), kwonly(1, c=0, b=5))
def posonly(a, b, /, c, *, d):
    return (a, b, c, d)
print(posonly(1, 2, 3, d=4), posonly(1, 2, c=3, d=4))
def both(a, /, **kw):
    return a, kw
print(both(1, a=2))
def count(*args):
    return len(args)
print(count(), count(*[]), count(*"abc"), count(None))
def kw_only_all(**kw):
    return list(kw)
print(kw_only_all(z=1, a=2, m=3))
def combined(x, y=0, *rest, flag=False, **opts):
    return x, y, rest, flag, opts
print(combined(1), combined(1, 2, 3, 4, flag=True, q=1))
