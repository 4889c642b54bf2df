# abs, round, divmod, pow, hex, oct, bin, chr, ord, sum, min, max.
print(abs(-5), abs(-2.5), abs(True), abs(-2**63), abs(-0.0), abs(-10**30))
print(round(2.675, 2), round(0.125, 2), round(0.375, 2), round(0.5), round(1.5), round(-2.5), round(2.5, None), round(number=2.5), round(10**30 + 0.5))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, round(1e300, -300), round(5e-324, 400), round(1.5, 10**30), round(1.5, -10**30), round(5.0, -400))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(5, 2), round(-15, -1), round(True), round(float("inf"), 2))
print(divmod(-7, 2), divmod(-7.5, 2), divmod(2**70, -3), divmod(True, 2), divmod(7, 2.5), divmod(-0.0, 1), divmod(1e308, 1e-308)[1])
print(pow(2, 10), pow(2, -2), pow(2.0, 0.5), pow(3, 4, 5), pow(2, -1, 5), pow(-3, 3, -5), pow(10**30, -1, 7), pow(2, -2, -7), pow(3, 10**20, 7))
print(pow(2, -1, 1), pow(2, 0, 1), pow(0, 0, 1), pow(2, 3, -1), pow(base=2, exp=3), pow(2, 3, mod=5), pow(7, 2, 10**20 + 1))
print(hex(255), hex(-255), oct(8), oct(-8), bin(-5), bin(0), hex(2**70), hex(True))
print(chr(65), chr(0x1F600), chr(0), ord("a"), ord("\U0001F600"), ord(b"z"), ord(bytearray(b"a")))
print(sum([1, 2, 3]), sum([0.1] * 10), sum([1, 2.5, 10**30]), sum([[1], [2]], []), sum(range(101)), sum([1], start=10), sum([], 0.5))
print(sum([1.5, 2]), sum(x / 10 for x in range(10)), sum([2**64, 2**64]), sum([1, 2], 0.0), sum(((1,), (2,)), ()), sum([True, True]))
print(min(3, 1, 2), max([3, 1, 2]), max("abc"), min([], default=0), max([1, 3, 2], key=lambda x: -x), min((2, "b"), (1, "a")))
print(min("b", "a", key=str.upper), max([], default="empty"), max(1, 2.5, 2), min([3, 1], key=None), max(iter([4, 9, 2])), min({5: 1, 3: 2}))
print(max([1, 1.0], key=lambda x: 0), min([2, 2.0, 2]), max(range(10**6)), min(x * x for x in range(-5, 5)))
class Num:
    def __init__(self, v):
        self.v = v
    def __abs__(self):
        return "abs!"
    def __round__(self, n=None):
        return ("round", n)
    def __divmod__(self, o):
        return ("divmod", o)
    def __rdivmod__(self, o):
        return ("rdivmod", o)
    def __pow__(self, e, m=None):
        return ("pow", e, m)
    def __index__(self):
        return self.v
print(abs(Num(1)), round(Num(1)), round(Num(1), 2), divmod(Num(1), 5), divmod(5, Num(1)), pow(Num(1), 2), pow(Num(1), 2, 3))
print(hex(Num(255)), oct(Num(8)), bin(Num(5)), chr(Num(97)))
errors = ["abs()", "abs('a')", "round()", "round('a')", "round(1.5, 1.0)", "round(1, 2, 3)", "divmod(1)", "divmod('a', 1)", "divmod(1, 0)",
          "divmod(1.0, 0.0)", "pow()", "pow(2)", "pow(1, 2, 3, 4)", "pow(2, 3, 0)", "pow(2, -1, 4)", "pow(2.0, 3, 5)", "pow(2, 3, 5.0)",
          "pow('a', 3, 5)", "pow(0, -1)", "hex(1.5)", "hex()", "chr(1.5)", "chr(2**70)", "chr(-1)", "chr(0x110000)", "chr()", "ord('ab')",
          "ord(b'ab')", "ord(5)", "ord('')", "sum()", "sum(1, 2, 3)", "sum([1], 2, start=3)", "sum(['a'], '')", "sum([], b'')",
          "sum([], bytearray())", "sum(5)", "sum([1, 'a'])", "max()", "max([])", "max(1, 2, default=3)", "max(1, 2, foo=3)",
          "min(1, 'a')", "max(1)", "min(x=1)", "round(float('inf'))", "round(float('nan'))"]
for expr in errors:
    try:
        print(expr, "->", eval(expr))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)
