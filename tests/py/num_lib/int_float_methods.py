# Methods and attributes of int, bool and float.
print((255).bit_length(), (0).bit_length(), (-255).bit_length(), (2**100).bit_length(), (-8).bit_count(), (2**100 - 1).bit_count())
print(list((1024).to_bytes(2, "big")), list((1024).to_bytes(2, "little")), list((-1).to_bytes(2, "big", signed=True)),
      list((0).to_bytes(0, "big")), list((5).to_bytes()), list((-129).to_bytes(2, byteorder="little", signed=True)))
for args, kw in [((1, "big"), {}), ((1, "big"), {"signed": False}), ((0, "big"), {}), ((1, "middle"), {}), ((-1, "big"), {})]:
    for n in (256, -1, 1):
        try:
            print(n, list(n.to_bytes(*args, **kw)))
        except (OverflowError, ValueError) as e:
            print(n, type(e).__name__ + ":", e)
print(int.from_bytes(b"\x00\x10", "big"), int.from_bytes([1, 2], "little"), int.from_bytes(b"\xff", "big", signed=True),
      int.from_bytes(b""), int.from_bytes(bytearray(b"\x01\x00"), byteorder="little"), bool.from_bytes(b"\x01", "big"))
for bad in [[256], "ab", 5]:
    try:
        int.from_bytes(bad, "big")
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print((5).as_integer_ratio(), (-5).conjugate(), (5).real, (5).imag, (5).numerator, (5).denominator, True.real, True.numerator)
print((7).__round__(), (15).__round__(-1), (25).__round__(-1), (-25).__round__(-1), (35).__round__(-1), (5).__round__(2), (123456).__round__(-10))
print((5).__ceil__(), (5).__floor__(), (5).__trunc__(), (-5).__abs__(), (5).__index__(), (5).__float__(), (5).__neg__(), (5).__invert__(), (0).__bool__())
print((5).__getnewargs__(), (2.5).__getnewargs__(), (5).__format__("x"), (5).__format__(""), True.__format__(""), (255).__format__("#06x"))
print((2.5).is_integer(), (2.0).is_integer(), float("inf").is_integer(), (0.5).as_integer_ratio(), (-0.75).as_integer_ratio(), (0.1).as_integer_ratio())
print((1.5).hex(), (3.7).real, (3.7).imag, (3.7).conjugate(), (3.7).__trunc__(), (-3.7).__trunc__(), (3.2).__floor__(), (3.2).__ceil__())
print((-3.5).__round__(), (2.5).__round__(), (2.675).__round__(2), (1234.5678).__round__(-2), (1.5).__round__(None), (5.7).__int__(), (5.0).__float__())
print((2.5).__abs__(), (-0.0).__abs__(), (2.5).__neg__(), (2.5).__pos__(), (0.0).__bool__(), (1e-300).__bool__(), (2.5).__format__(".3f"))
for v in (float("inf"), float("nan")):
    for m in ("as_integer_ratio", "__trunc__", "__floor__", "__ceil__", "__round__", "__int__"):
        try:
            print(m, getattr(v, m)())
        except (ValueError, OverflowError) as e:
            print(m, type(e).__name__ + ":", e)
print(hash(1.5), hash(-1), hash(2**61), hash(2**61 - 1), hash(-2**61), hash(float("inf")), hash(1e100) == hash(int(1e100)), hash(0.5) == hash(1.5))
print(int.__hash__(10**30), float.__hash__(1.5), int.__repr__(True), bool.__repr__(False), float.__repr__(1e16), int.__index__(True))
for expr in ["int.bit_length()", "int.bit_length('a')", "float.hex(1)", "int.__add__()", "int.__add__(1)", "int.__add__('a', 1)", "bool.__repr__(1)", "float.fromhex(1)"]:
    try:
        print(eval(expr))
    except TypeError as e:
        print("TypeError:", e)
