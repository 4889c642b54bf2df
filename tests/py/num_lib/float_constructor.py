# float(): numbers, text (inf/nan/underscores/whitespace), bytes, __float__/__index__, hex.
print(float(), float(7), float(True), float(2**60), float(-2**70), float(" -2.5e3 "), float("1_000.5"), float(b"1.5"))
texts = ["inf", "-inf", "+inf", "infinity", "-Infinity", "nan", "NaN", "-nan", "infinit", "1e", "1e+", "1e+5", "1E-5", ".",
         ".e1", "1.", ".1", "1_0.0_1", "1_0._1", "1._1", "1e1_0", "1e_1", "0x1p3", "--1", "1.5e308", "1e400", "-1e400",
         "4.9e-324", "2e-324", "  0.1  ", "\u0663.\u0665", "1 0", "", "abc", "1.2.3", "_1", "1_"]
for t in texts:
    try:
        print(repr(t), repr(float(t)))
    except ValueError as e:
        print(repr(t), "ValueError:", e)
print(float("1" * 400) == 1.111111111111111e399, float("0." + "0" * 400 + "1"))
for bad in [[], None, "x", b"x"]:
    try:
        float(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    float(10**400)
except OverflowError as e:
    print("OverflowError:", e)
class F:
    def __float__(self):
        return 2.25
class I:
    def __index__(self):
        return 3
class Bad:
    def __float__(self):
        return 1
print(float(F()), float(I()))
try:
    float(Bad())
except TypeError as e:
    print("TypeError:", e)
for x in [1.5, -0.0, 0.0, 1e300, 5e-324, 0.1, 2.0**-1022, float("inf"), float("-inf"), float("nan"), 123456.789]:
    h = x.hex()
    print(h, float.fromhex(h) == x or x != x)
for s in ["0x1.fffffffffffffp1023", "0x1.fffffffffffff7p1023", "0x0.0000000000001p-1022", "0x0.00000000000008p-1022",
          "0x0.0000000000000cp-1022", "0x1.00000000000008p0", "0x1.00000000000018p0", "0x1.000000000000081p0",
          "0xABCDEF.123p-20", "-0x0p0", "0x.8p1", "0x8.p-3", "  0x1p-1 ", "0x1P+2", "inf", "-Infinity", "1", "1p-1074"]:
    print(s, repr(float.fromhex(s)))
for s in ["x", "0x", "1p", "0x1p1024", "0x1.fffffffffffff8p1023", "1.2.3", "0x1p1e"]:
    try:
        float.fromhex(s)
    except (ValueError, OverflowError) as e:
        print(repr(s), type(e).__name__ + ":", e)
