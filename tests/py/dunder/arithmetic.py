# Arithmetic dunders, reflected operands, in-place operators and NotImplemented.
class Vec:
    def __init__(self, *c):
        self.c = c
    def __repr__(self):
        return "Vec" + repr(self.c)
    def __add__(self, o):
        return Vec(*(a + b for a, b in zip(self.c, o.c)))
    def __sub__(self, o):
        return Vec(*(a - b for a, b in zip(self.c, o.c)))
    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vec(*(a * k for a in self.c))
        return NotImplemented
    __rmul__ = __mul__
    def __truediv__(self, k):
        return Vec(*(a / k for a in self.c))
    def __floordiv__(self, k):
        return Vec(*(a // k for a in self.c))
    def __mod__(self, k):
        return Vec(*(a % k for a in self.c))
    def __pow__(self, k):
        return Vec(*(a ** k for a in self.c))
    def __neg__(self):
        return Vec(*(-a for a in self.c))
    def __pos__(self):
        return self
    def __abs__(self):
        return sum(a * a for a in self.c) ** 0.5
    def __matmul__(self, o):
        return sum(a * b for a, b in zip(self.c, o.c))
    def __iadd__(self, o):
        print("iadd")
        self.c = tuple(a + b for a, b in zip(self.c, o.c))
        return self
v, w = Vec(1, 2), Vec(3, 4)
print(v + w, w - v, v * 3, 3 * v, w / 2, w // 2, w % 3, v ** 2, -v, +v, abs(w), v @ w)
u = v
u += w
print(u, v, u is v)
try:
    v * "s"
except TypeError as e:
    print(type(e).__name__, e)
class Num:
    def __init__(self, n):
        self.n = n
    def __radd__(self, other):
        print("radd with", other)
        return Num(self.n + other)
    def __rsub__(self, other):
        return other - self.n
    def __rlshift__(self, other):
        return "rlshift"
    def __and__(self, o):
        return "and"
    def __ror__(self, o):
        return "ror"
    def __xor__(self, o):
        return "xor"
    def __invert__(self):
        return "invert"
print((1 + Num(2)).n, sum([Num(1), Num(2)], 0).n if False else 10 - Num(3), 1 << Num(0))
print(Num(1) & 0, 0 | Num(1), Num(0) ^ 1, ~Num(0))
class Sub(int):
    def __radd__(self, o):
        return "Sub.__radd__ wins"
print(1 + Sub(2))
