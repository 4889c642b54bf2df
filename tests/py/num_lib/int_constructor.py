# int(): numbers, text in every base, bytes, the __int__/__index__ protocols, errors.
print(int(), int(5), int(-2.5), int(3.99), int(True), int(2.5e20), int(-1e100) % 997)
print(int("5"), int(" -0x1f ", 0), int("1_000"), int(b"12"), int(bytearray(b" 7 ")), int("ff", 16), int("z", base=36))
print(int("0b101", 0), int("0o17", 0), int("0X1F", 16), int("0_0", 0), int("00", 0), int("٣"), int("+5"), int("-0"))
cases = ["0", "-0", "00", "0_0", "1_2_3", "_1", "1_", "1__2", " 12 ", "\t\n12\x0c", "1 2", "0x", "0x_", "0x_1", "0x1_",
         "0X1F", "0o17", "0b11", "0b2", "0o8", "08", "0_8", "1e3", "1.0", "١٢٣", "12\u3000", "+-1", "- 1", "z", "zz", "", " "]
for base in (0, 10, 16, 8, 2, 36):
    print(base, end="")
    for c in cases:
        try:
            print("", int(c, base), end="")
        except ValueError:
            print(" E", end="")
    print()
for src, base in [("abc", 10), ("1.5", 10), ("", 10), ("0x", 16), ("010", 0), ("9", 8), (b"x", 10), (bytearray(b"x"), 10)]:
    try:
        int(src, base)
    except ValueError as e:
        print("ValueError:", e)
for args in [(None,), ([],), ((1,),), (5, 10), ("5", 1), ("5", 37), ("5", 2.0), ("1", 2, 3)]:
    try:
        int(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    int(x="5")
except TypeError as e:
    print("TypeError:", e)
for f in (float("nan"), float("inf"), float("-inf")):
    try:
        int(f)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
class A:
    def __int__(self):
        return 42
class B:
    def __index__(self):
        return 7
class C:
    def __int__(self):
        return "x"
print(int(A()), int(B()), int("16", base=B()))
try:
    int(C())
except TypeError as e:
    print("TypeError:", e)
print(int("1" * 4300) % 1000, int("f" * 5000, 16) % 1000)
try:
    int("1" * 4301)
except ValueError as e:
    print("ValueError:", e)
print(bool(), bool(0), bool(0.0), bool("x"), bool([]), bool([0]), bool(None))
try:
    bool(1, 2)
except TypeError as e:
    print("TypeError:", e)
