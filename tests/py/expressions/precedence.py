# Operator precedence and associativity.
print(2 + 3 * 4 ** 2 // 5 % 7 - 1)
print(-2 ** 2, (-2) ** 2, 2 ** -1, not 1 == 2, not (1 and 0))
print(1 + 2 << 3, 1 | 2 ^ 3 & 4, 5 & 3 | 8, ~1 + 1)
print(3 - 2 - 1, 2 ** 2 ** 3, 64 / 4 / 2, 100 // 7 * 7 + 100 % 7)
print(1 < 2 == True, (1 < 2) == True, 1 + 1 == 2 and 3 > 2 or 0)
print(True + 1 * 2, "a" + "b" * 2, [1] * 2 + [3])
x = 3
print(x if x > 2 else 0 + 100, (x if x > 5 else 0) + 100)
print(-x ** 2, +x - -x, - - x, not not x)
print(1 if 0 else 2 if 0 else 3, (lambda: 0 or 1)())
