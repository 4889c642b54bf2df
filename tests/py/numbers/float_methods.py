# Methods of float and float() parsing.
print((2.5).is_integer(), (2.0).is_integer(), (0.5).as_integer_ratio(), (-0.75).as_integer_ratio())
print((1.5).hex(), float.fromhex("0x1.8p1"), (3.7).real, (3.7).imag, (3.7).conjugate())
print(float("1.5"), float(" -2.5e3 "), float("inf"), float("-Infinity"), float("nan"))
print(float("1_000.5"), float(7), float(True), float(2**60))
print((3.7).__trunc__(), (3.2).__floor__(), (3.2).__ceil__(), (-3.5).__round__())
print(round(3.14159, 3), round(1234.5, -2), round(1250, -2), round(1350, -2), round(-2.5))
print(round(7.5), round(6.5), type(round(2.5)).__name__, type(round(2.5, 0)).__name__)
for bad in ("", "1.2.3", "abc", "1e"):
    try:
        float(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    int(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
