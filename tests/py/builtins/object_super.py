# object(), super() with and without arguments, NotImplemented.
o = object()
print(type(o).__name__, isinstance(o, object), o == o, o != object())
try:
    o.attr = 1
except AttributeError as e:
    print(type(e).__name__, e)
class Base:
    def greet(self):
        return "base"
    @classmethod
    def make(cls):
        return cls.__name__
class Child(Base):
    def greet(self):
        return "child+" + super().greet() + "+" + super(Child, self).greet()
    @classmethod
    def make(cls):
        return "child:" + super().make()
print(Child().greet(), Child.make())
print(NotImplemented, repr(NotImplemented), type(NotImplemented).__name__)
print(object.__eq__(1, 1), object.__eq__(1, 2), (1).__eq__("x"))
class Str(str):
    def upper(self):
        return "custom " + super().upper()
print(Str("abc").upper())
print(super.__name__, type(super(Child, Child())).__name__)
