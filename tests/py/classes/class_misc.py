# type() with three arguments, class-level code, __class__, nested classes.
Dyn = type("Dyn", (object,), {"v": 1, "get": lambda self: self.v * 10})
d = Dyn()
print(Dyn.__name__, d.get(), type(d).__name__, d.__class__ is Dyn)
class Outer:
    class Inner:
        def hello(self):
            return "inner hello"
    print("class body runs at definition")
print(Outer.Inner().hello(), Outer.Inner.__qualname__)
class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns["tag"] = name.lower()
        return super().__new__(mcls, name, bases, ns)
class Tagged(metaclass=Meta):
    pass
print(Tagged.tag, type(Tagged).__name__)
class Base:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__()
        cls.registered = kw.get("label", cls.__name__)
class Sub(Base, label="custom"):
    pass
class Sub2(Base):
    pass
print(Sub.registered, Sub2.registered)
print(type(type).__name__, type(object).__name__, isinstance(Dyn, type), object.__name__)
print(int.__mro__ == (int, object), [c.__name__ for c in bool.__mro__])
