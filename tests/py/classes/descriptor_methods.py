# Special methods the VM handles natively can also be called by name.
def f(self=None):
    return "f called"
class C:
    pass
c = C()
print(f.__get__(None, C) is f, f.__get__(c, C)(), f.__call__())
sm, cm = staticmethod(f), classmethod(f)
print(sm.__get__(None, C) is f, cm.__get__(None, C).__self__ is C, cm.__get__(c).__self__ is C)
print(sm.__func__ is f, cm.__func__ is f, sm.__isabstractmethod__, cm.__isabstractmethod__)
p = property(lambda self: 42)
print(p.__get__(c, C), p.__isabstractmethod__)
try:
    p.__set__(c, 1)
except AttributeError as e:
    print("AttributeError:", e)
class D:
    def __init__(self):
        self._x = 0
    def _set(self, v):
        self._x = v
    x = property(lambda self: self._x, _set)
d = D()
D.__dict__["x"].__set__(d, 5)
print(d.x)
r = range(2, 8, 2)
print(r.__len__(), r.__getitem__(1), r.__contains__(4), list(r.__iter__()), list(r.__reversed__()), r.__bool__())
class Plain:
    pass
a, b = Plain(), Plain()
print(a.__eq__(b), a.__ne__(b), a.__lt__(b), a.__ge__(b), a.__ne__(a), a != b, a == a)
print(object.__subclasshook__(int), Plain().__getstate__())
class EqOnly:
    def __eq__(self, other):
        return True
print(EqOnly() != 1, EqOnly().__ne__(1))
print(ValueError(1, 2).__reduce__(), type(None).__bool__(None), type.__prepare__("X", ()))
e = ValueError("x")
e.__setstate__({"note": 1})
print(e.note, b"ab".__bytes__(), "s".__getnewargs__(), len.__call__([1, 2]))
