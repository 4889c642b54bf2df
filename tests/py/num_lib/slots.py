# The special methods of int, bool and float called directly and through subclasses.
print(int.__add__(3, 4), int.__add__(3, 4.0), (3).__radd__(4), int.__sub__(3, True), int.__rsub__(3, 10), int.__mul__(6, 7))
print(int.__truediv__(7, 2), int.__rtruediv__(2, 7), int.__floordiv__(-7, 2), int.__mod__(-7, 2), int.__rmod__(3, 10), int.__divmod__(-7, 2), int.__rdivmod__(2, 7))
print(int.__pow__(2, 10), int.__pow__(2, 10, 1000), int.__pow__(2, -1, 7), int.__pow__(2, -1), int.__rpow__(2, 3), int.__pow__(2, 3, 5.0), int.__rpow__(2, 3, 5))
print(int.__lshift__(1, 70), int.__rlshift__(3, 1), int.__rshift__(-5, 1), int.__rrshift__(1, 8), int.__and__(12, 10), int.__ror__(12, 3), int.__xor__(12, 10), int.__rxor__(1, 3))
print(int.__lt__(1, 2), int.__le__(2, 2), int.__eq__(2, 2), int.__ne__(2, 3), int.__gt__(1, 2), int.__ge__(3, 2), int.__lt__(1, 2.0), int.__eq__(1, "1"))
print(float.__add__(1.0, 2), float.__radd__(1.0, 2), float.__sub__(1.5, True), float.__rsub__(1.5, 4), float.__mul__(2.0, 3), float.__rmul__(2.0, 3.5))
print(float.__truediv__(7.0, 2), float.__rtruediv__(2.0, 7), float.__floordiv__(7.5, 2), float.__rfloordiv__(2.0, 7), float.__mod__(-7.5, 2), float.__rmod__(2.0, -7))
print(float.__divmod__(7.5, 2), float.__rdivmod__(2.0, 7), float.__pow__(2.0, 10), float.__rpow__(2.0, 3), float.__add__(1.0, "x"), float.__pow__(2.0, 2, None))
print(float.__lt__(1.0, 2), float.__eq__(1.0, 1), float.__ne__(1.0, 1), float.__ge__(2.0, 2**70), float.__eq__(float("nan"), float("nan")), float.__lt__(1.0, "x"))
print(True.__and__(False), True.__or__(1), True.__xor__(True), type(True & False).__name__, type(True & 1).__name__, bool.__and__(True, 3), bool.__ror__(False, True))
for expr in ["(1.0).__pow__(2, 3)", "int.__truediv__(1, 0)", "float.__mod__(1.0, 0.0)", "float.__divmod__(1.0, 0.0)", "int.__divmod__(1, 0)",
             "int.__pow__(2, 3, 0)", "float.__truediv__(1.0, 0)", "int.__lshift__(1, -1)", "float.__pow__(0.0, -1)"]:
    try:
        print(eval(expr))
    except (TypeError, ValueError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e)
class MyInt(int):
    def __repr__(self):
        return "MyInt(%d)" % int(self)
m = MyInt(5)
print(m, repr(m), f"{m}", f"{m:>4}", format(m, "x"), "%d" % m, int(m), type(int(m)).__name__, type(m + 1).__name__, m + 1, m * 2, -m, ~m, +m)
print(MyInt(3) < 4, MyInt(3) == 3, 3 == MyInt(3), MyInt(3) ** 2, 2 ** MyInt(3), MyInt(7) // 2, 7.0 // MyInt(2), MyInt("7", 8), MyInt(), int.__new__(MyInt, 9))
print(round(MyInt(15), -1), divmod(MyInt(7), 2), sum([MyInt(1), MyInt(2)]), max(MyInt(1), MyInt(9)), abs(MyInt(-3)), hash(MyInt(7)), pow(MyInt(2), 10, 1000))
print(bool(MyInt(0)), MyInt(10).to_bytes(2, "big") == b"\x00\n", MyInt(4).numerator, type(MyInt(4).real).__name__, MyInt(255).bit_length(), isinstance(m, int))
class Sub(int):
    def __add__(self, o):
        return ("sub", super().__add__(o))
    def __radd__(self, o):
        return ("rsub", super().__radd__(o))
print(Sub(5) + 3, 3 + Sub(5), Sub(5) + 2.5, sum([Sub(1)], 10))
class Doubling(int):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)
d = Doubling(21)
print(d, type(d).__name__, d + 0, d == 42)
class F(float):
    pass
f = F(2.5)
print(f, repr(f), f"{f}", {f: 1}[2.5], {2.5: 1}[f], F("1e3"), F(), float.__new__(F, 7), type(f + 1).__name__, f + 1, f * 2, f == 2.5, f > 2)
print(divmod(F(7.5), 2), min(F(3.0), 2), bool(F(0.0)), F(2.5).is_integer(), F(2.5).hex(), F(1.5).as_integer_ratio(), F(3.7).real, F(3.7).imag)
print(float(f), int(f), round(f), -f, abs(F(-1.5)), hash(F(1.5)) == hash(1.5), F.fromhex("0x1p1"), type(F.fromhex("0x1p1")).__name__)
