# Exponentiation: ints, negative exponents, floats, 3-arg pow.
print(2 ** 10, 2 ** 0, 0 ** 0, (-3) ** 3, 2 ** -1, 2 ** -2)
print(10 ** 20, 3 ** 40, 7 ** 77)
print(2.0 ** 0.5, 4 ** 0.5, 8 ** (1 / 3))
print(pow(2, 10), pow(2, 10, 1000), pow(3, 200, 1000007), pow(-2, 3, 5))
print(pow(2, -1, 7), pow(38, -1, 97))
print(1.5 ** 2, (-1.5) ** 3, 0.0 ** 0)
try:
    0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    2.0 ** 10000
except OverflowError as e:
    print(type(e).__name__, e)
