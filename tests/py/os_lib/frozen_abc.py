# abc: abstract methods block instantiation; __subclasshook__, register, abstract properties.
import sys
import abc as M
class Shape(M.ABC):
    @M.abstractmethod
    def area(self): ...
    @M.abstractmethod
    def perimeter(self): ...
    def describe(self): return "shape with area " + str(self.area())
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
class Full(Sq):
    def perimeter(self): return 4 * self.s
for c in (Shape, Sq):
    try: c(2) if c is Sq else c()
    except TypeError as e: print(e)
print(Full(3).describe(), isinstance(Full(3), Shape), sorted(Shape.__abstractmethods__), Full.__abstractmethods__)
class Sized(M.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if hasattr(C, "__len__"): return True
        return NotImplemented
print(isinstance([], Sized), isinstance(3, Sized), issubclass(dict, Sized))
class Reg(M.ABC): pass
Reg.register(int)
print(isinstance(3, Reg), issubclass(bool, Reg), isinstance("x", Reg))
class P(M.ABC):
    @property
    @M.abstractmethod
    def name(self): ...
class Q(P):
    @property
    def name(self): return "q"
try: P()
except TypeError as e: print(e)
print(Q().name)
class Meta(M.ABCMeta): pass
class WithMeta(metaclass=Meta):
    @M.abstractmethod
    def f(self): ...
try: WithMeta()
except TypeError as e: print(e)
