# Methods and attributes of int.
print((255).bit_length(), (0).bit_length(), (-255).bit_length())
print((10).to_bytes(2, "big"), (10).to_bytes(2, "little"), (-1).to_bytes(2, "big", signed=True))
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"))
print(int.from_bytes(b"\xff\xff", "big", signed=True))
print((5).real, (5).imag, (5).numerator, (5).denominator, (6).conjugate())
print((3).__add__(4), (10).__floordiv__(3), (7).__mod__(-2))
print(int("42"), int("-42"), int("  42  "), int("0x1f", 16), int("1f", 16), int("0b101", 0), int("z", 36))
print(int("1_000"), int("0o17", 0), int("0", 0), int(True), int(3.99))
print((255).as_integer_ratio(), (-8).bit_count() if hasattr(int, "bit_count") else 1)
for bad in ("", "abc", "1.5", "0x", "1__0"):
    try:
        int(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int("12", 1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int(None)
except TypeError as e:
    print(type(e).__name__, e)
