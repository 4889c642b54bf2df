# __del__ runs when the last reference goes; __new__ controls construction.
class Res:
    def __init__(self, name):
        self.name = name
        print("open", name)
    def __del__(self):
        print("close", self.name)
r = Res("a")
r2 = r
del r
print("still referenced")
del r2
print("after del")
def scope():
    t = Res("local")
    print("leaving scope")
scope()
print("after scope")
x = Res("rebound")
x = None
print("after rebind")
lst = [Res("in-list")]
lst.pop()
print("after pop")
class Single:
    _inst = None
    def __new__(cls, *a):
        print("__new__", cls.__name__, a)
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, v):
        print("__init__", v)
        self.v = v
s1, s2 = Single(1), Single(2)
print(s1 is s2, s1.v)
class Up(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
print(Up("abc"), type(Up("x")).__name__, len(Up("hey")))
class NotSelf:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never")
print(NotSelf())
