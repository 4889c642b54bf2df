# callable(), globals(), locals().
print(callable(len), callable(lambda: 0), callable(1), callable(int), callable("s".upper), callable(None))
g = globals()
print(g["__name__"], "callable" not in g, type(g).__name__)
g["injected"] = 5
print(injected)
def f(a, b=2):
    c = a + b
    return sorted(locals().items())
print(f(1))
class K:
    x = 1
    names = sorted(n for n in locals() if not n.startswith("__"))
print(K.names)
print(locals() is globals())
def no_locals():
    return locals()
print(no_locals())
