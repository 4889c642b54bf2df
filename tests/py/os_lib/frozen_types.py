# types: SimpleNamespace, type names, new_class, DynamicClassAttribute.
import sys
import types as M
ns = M.SimpleNamespace(a=1, b="x")
ns.c = [1]
print(ns, ns == M.SimpleNamespace(a=1, b="x", c=[1]), ns.a)
try: M.SimpleNamespace(1)
except TypeError as e: print(e)
def f(): pass
print(isinstance(f, M.FunctionType), isinstance(len, M.BuiltinFunctionType), isinstance(sys, M.ModuleType), M.NoneType)
def g(): yield
print(isinstance(g(), M.GeneratorType))
C = M.new_class("C", (object,), {}, lambda ns: ns.update(x=5))
print(C.x, C.__name__)
class D:
    @M.DynamicClassAttribute
    def v(self): return 42
print(D().v)
try: D.v
except AttributeError: print("class access AttributeError")
