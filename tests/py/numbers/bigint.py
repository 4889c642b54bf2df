# Arbitrary-precision integers: overflow promotion and exactness.
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
print(fib(100), fib(200))
f = 1
for i in range(1, 31):
    f *= i
print(f)
m = 9223372036854775807
print(m + 1, m * m, -m - 2, m * -m)
print((m + 1) - 1 == m, type(m + 1 - 1).__name__)
print(2**64 // 3, 2**64 % 1000, -(2**64) // 7)
print(2**100 == 2**100, 2**100 < 2**101, 2**100 > 1.0, hash(2**100) == hash(2**100))
print(abs(-2**70), (2**70).bit_length(), int("1" * 40) + 1)
print(2**100 & 2**99 | 1, 2**100 ^ (2**100 - 1), (2**100) >> 90, 1 << 70)
print(-(2**80) >> 3, ~(2**70))
print(str(2**200)[:20], len(str(2**1000)))
print(10**18 * 10, 3 * 10**18)
print(float(2**100), 2**100 / 2**99, 2**100 // 2**99)
