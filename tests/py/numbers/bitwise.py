# Bitwise operators on ints, including negatives and big ints.
print(12 & 10, 12 | 10, 12 ^ 10, ~12, 1 << 10, 1024 >> 3)
print(-12 & 10, -12 | 10, -12 ^ 10, -1 >> 5, -16 >> 2)
print(0xFF & ~0x0F, 5 & -1, 0 ^ 0)
print(1 << 100, (1 << 100) >> 99, (1 << 64) - 1 & 0xFFFF)
print(True & False, True | False, True ^ True, ~True)
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    1.0 & 1
except TypeError as e:
    print(type(e).__name__, e)
print(bin(0b1010 & 0b0110), hex(0xf0 | 0x0f))
