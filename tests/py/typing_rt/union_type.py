# X | Y between classes (PEP 604).
import types
u = int | str
print(u, type(u), type(u) is types.UnionType)
print(int | None, None | int, int | int, (int | str) | float, int | (str | float))
print(u.__args__, (int | None).__args__)
print(isinstance(1, u), isinstance("a", u), isinstance(1.0, u), isinstance(None, int | None))
print(issubclass(bool, int | str), issubclass(float, int | str))
print(u == (str | int), u == (int | float), hash(u) == hash(str | int))
print(list[int] | None)
try:
    int | 3
except TypeError as e:
    print("TypeError:", e)
try:
    isinstance(3, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    isinstance([], list[int] | None)
except TypeError as e:
    print("TypeError:", e)
