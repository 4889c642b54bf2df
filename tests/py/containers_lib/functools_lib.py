import functools
from functools import partial, reduce, wraps, lru_cache, cache, cmp_to_key, total_ordering, singledispatch, cached_property, partialmethod
def add(a, b, c=0):
    return a + b + c
p = partial(add, 1); print(p(2), p(2, c=3), p.func is add, p.args, p.keywords)
q = partial(p, 10, c=100); print(q(), q.func is add, q.args, q.keywords)
print(repr(partial(add, 1, c=2)).startswith('functools.partial(<function add at '), repr(partial(max, 1, 2)))
print(reduce(lambda a, b: a * b, range(1, 6)), reduce(lambda a, b: a + b, [], 7), reduce(lambda a, b: a + b, ['x']))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print(e)
def deco(f):
    @wraps(f)
    def inner(*a, **k):
        return f(*a, **k)
    return inner
@deco
def documented(x):
    """Doc string."""
    return x
print(documented.__name__, documented.__doc__, documented.__wrapped__.__name__, documented(5))
calls = []
@lru_cache(maxsize=3)
def sq(n):
    calls.append(n)
    return n * n
for n in [1, 2, 1, 3, 4, 1, 2]:
    sq(n)
print(calls, sq.cache_info(), sq.cache_info().hits, sq.cache_parameters())
sq.cache_clear(); print(sq.cache_info())
@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
@cache
def fact(n):
    return 1 if n == 0 else n * fact(n - 1)
print(fact(20), fact.cache_info().misses)
@lru_cache(maxsize=None, typed=True)
def t(x):
    return type(x).__name__
print(t(1), t(1.0), t(1), t.cache_info())
class C:
    def __init__(self, v):
        self.v = v
    @lru_cache(maxsize=None)
    def m(self, k):
        return self.v * k
    @cached_property
    def expensive(self):
        print('computing')
        return self.v + 1
c = C(3); print(c.m(2), c.m(2), C.m.cache_info().hits, c.expensive, c.expensive)
def cmp(a, b):
    return (a > b) - (a < b)
print(sorted([3, 1, 2], key=cmp_to_key(cmp)), sorted(['b', 'a'], key=cmp_to_key(lambda a, b: cmp(b, a))))
@total_ordering
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
print(V(1) < V(2), V(1) > V(2), V(1) <= V(1), V(2) >= V(3), sorted([V(3), V(1)], key=lambda x: x.v)[0].v)
try:
    @total_ordering
    class W:
        pass
except ValueError as e:
    print(e)
@singledispatch
def show(x):
    return 'obj'
@show.register(int)
def _(x):
    return 'int'
@show.register(str)
def _(x):
    return 'str'
class MyInt(int):
    pass
print(show(1), show('a'), show(1.5), show(MyInt(2)), show(True), show.dispatch(float).__name__)
class Cell:
    def __init__(self):
        self.v = 0
    def set(self, v):
        self.v = v
    set_five = partialmethod(set, 5)
cl = Cell(); cl.set_five(); print(cl.v)
