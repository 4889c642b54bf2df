# Floor division and modulo follow the sign of the divisor.
for a in (7, -7):
    for b in (3, -3):
        print(a, b, a // b, a % b, divmod(a, b))
print(7.5 // 2, 7.5 % 2, -7.5 // 2, -7.5 % 2)
print(7 // 2.0, -7 % 2.5, 1e300 % 7)
print(5 % 5, -5 % 5, 0 % 3)
print((2**100) // 3, (2**100) % 7, -(2**100) // 3, -(2**100) % 7)
print(10**30 // 10**15, 10**30 % 10**15)
for expr in ("1 // 0", "1 % 0", "1 / 0", "1.0 / 0", "1.0 // 0.0", "1 % 0.0", "divmod(1, 0)"):
    try:
        eval(expr)
    except ZeroDivisionError as e:
        print(expr, "->", type(e).__name__, e)
