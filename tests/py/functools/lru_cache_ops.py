# functools.lru_cache and cache.
from functools import lru_cache, cache
calls = []
@lru_cache(maxsize=None)
def fib(n):
    calls.append(n)
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(100), len(calls))
print(fib.cache_info())
fib.cache_clear()
print(fib.cache_info())
@lru_cache(maxsize=2)
def sq(x):
    print("computing", x)
    return x * x
sq(1); sq(2); sq(1); sq(3); sq(2); sq(1)
print(sq.cache_info())
@cache
def tri(n):
    return 0 if n == 0 else n + tri(n - 1)
print(tri(300), tri.cache_info().currsize)
@lru_cache
def kw(a, b=1):
    print("kw computed", a, b)
    return a + b
kw(1); kw(1); kw(1, b=1); kw(a=1)
try:
    sq([1])
except TypeError as e:
    print(type(e).__name__, e)
