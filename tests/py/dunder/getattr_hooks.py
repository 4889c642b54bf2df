# __getattr__, __getattribute__, __setattr__, __delattr__.
class Lazy:
    def __init__(self):
        self.real = "real attr"
    def __getattr__(self, name):
        print("getattr", name)
        if name.startswith("x"):
            return name * 2
        raise AttributeError(f"no {name}")
l = Lazy()
print(l.real, l.xy)
try:
    l.other
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(l, "other"), getattr(l, "zz", "dflt"))
class Logged:
    def __setattr__(self, name, value):
        print("setattr", name, value)
        super().__setattr__(name, value)
    def __delattr__(self, name):
        print("delattr", name)
        super().__delattr__(name)
g = Logged()
g.a = 1
g.a += 1
del g.a
print(vars(g))
class Spy:
    def __init__(self):
        self.v = 1
    def __getattribute__(self, name):
        if name != "__dict__":
            print("getattribute", name)
        return object.__getattribute__(self, name)
s = Spy()
print(s.v)
class Frozen:
    def __init__(self, v):
        object.__setattr__(self, "v", v)
    def __setattr__(self, n, v):
        raise AttributeError("frozen")
fz = Frozen(3)
try:
    fz.v = 4
except AttributeError as e:
    print(type(e).__name__, e, fz.v)
