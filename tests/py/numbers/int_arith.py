# Integer arithmetic including unary operators.
a, b = 17, 5
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
print(-a, +a, ~a, -(-a), ~~a)
print(2 + 3 * 4, (2 + 3) * 4, 2 ** 3 ** 2, -2 ** 2, (-2) ** 2)
print(10 / 2, type(10 / 2).__name__, 7 / 7)
print(1 - 2 - 3, 100 // 10 // 3, 2 * 3 % 4)
print(0 * -1, abs(-0))
x = 5
x += 3; print(x)
x -= 1; print(x)
x *= 2; print(x)
x //= 3; print(x)
x %= 3; print(x)
x **= 5; print(x)
x /= 4; print(x)
n = 7
n <<= 2; print(n)
n >>= 1; print(n)
n |= 1; print(n)
n &= 6; print(n)
n ^= 3; print(n)
