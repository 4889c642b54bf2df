# type(), isinstance(), issubclass(), callable(), id() and hash() behaviour.
print(type(1), type("s"), type([]), type(None), type(type), type(len))
print(type(1).__name__, type(1.0).__name__, type(True).__name__, type({}).__name__, type(print).__name__)
class A: pass
class B(A): pass
b = B()
print(isinstance(b, A), isinstance(b, (int, B)), isinstance(A, type), issubclass(B, A), issubclass(B, (int, str)))
print(isinstance(True, int), isinstance(1, bool), isinstance(None, object), issubclass(int, object))
x = [1]
y = x
print(id(x) == id(y), id(x) == id([1]), isinstance(id(x), int))
print(hash(1) == hash(1.0), hash("a") == hash("a"), hash((1, 2)) == hash((1, 2)), hash(None) == hash(None))
print(hash(-1), hash(0), hash(2**61 - 1), hash(2**61), hash(1.5), hash(-2))
for bad in ([], {}, set()):
    try:
        hash(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    isinstance(1, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(1, int)
except TypeError as e:
    print(type(e).__name__, e)
print(type(b) is B, type(b) == A, B.__base__ is A, object in B.__mro__)
