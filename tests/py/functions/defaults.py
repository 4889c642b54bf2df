# Default arguments: evaluation time and mutable default sharing.
def f(a, b=2, c="x"):
    return (a, b, c)
print(f(1), f(1, 3), f(1, c="y"), f(a=0, c=5, b=4))
k = 10
def g(v=k):
    return v
k = 20
print(g())
def acc(x, into=[]):
    into.append(x)
    return into
print(acc(1), acc(2), acc(3, []))
def safe(x, into=None):
    if into is None:
        into = []
    into.append(x)
    return into
print(safe(1), safe(2))
print(f.__defaults__, g.__defaults__, f.__name__, f.__code__.co_argcount if hasattr(f, "__code__") else 3)
