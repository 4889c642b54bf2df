# fractions: construction, normalisation, arithmetic, comparisons, hashing, rounding
import math
from fractions import Fraction as F

print(F(3, 4), repr(F(6, -8)), F(0), F(5), F(-10, 4), F(True), F(F(1, 3)), F(F(1, 2), F(3, 4)))
for s in ['3/4', '1.5', ' -2.25 ', '1e3', '1.5e-3', '+7', '.5', '5.', '1_000/3', '-0', '2E+2']:
    print(repr(s), repr(F(s)))
for s in ['1/x', '', '/2', '1.2.3', '1__0', 'e5', '1/-2', '3/4.0', ' ']:
    try:
        F(s)
    except ValueError as e:
        print('ValueError', e)
for args in [(1, 0), ('1/0',), (F(1), F(0))]:
    try:
        F(*args)
    except ZeroDivisionError as e:
        print('ZeroDivisionError', e)
for args in [(1.5, 2), ([],), (1, 'x')]:
    try:
        F(*args)
    except TypeError as e:
        print('TypeError', e)
print(F(0.1), F(-2.5), F.from_float(0.25), F.from_float(3))
for v in [float('nan'), float('inf')]:
    try:
        F(v)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
a, b = F(1, 3), F(3, 4)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), -a, +a, abs(-a))
print(a + 1, 1 + a, a - 1, 1 - a, 2 * a, a * 2, a / 2, 2 / a, 7 // a, 7 % b, divmod(7, b))
print(a + 0.5, 0.5 + a, a * 1.5, a / 0.5, 1.0 / a, a // 0.1, a % 0.25, a ** 2, a ** -2)
print(F(-2, 3) ** -3, F(2) ** F(1, 2), 2 ** F(3), 2 ** F(-1), 4 ** F(1, 2), 2.0 ** F(2), F(0) ** 0)
print(a == 1 / 3, F(1, 2) == 0.5, F(2) == 2, F(2, 1) != 2)
try:
    a / 0
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    F(0) ** -1
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
print(a < b, a > b, a <= 0.5, a >= 0.25, a < 1, 2 > b, a < float('inf'), a > float('nan'))
print(sorted([F(3, 2), 1, 0.25, F(-1, 7)]), max(F(1, 2), F(2, 3)), min(3, F(7, 3)))
print(hash(F(3)) == hash(3), hash(F(1, 2)) == hash(0.5), hash(F(-1)), hash(F(1, 3)), hash(F(-5, 7)))
print(hash(F(2**70, 3)), hash(F(1, 2**61 - 1)), len({F(1, 2), 0.5, F(2, 4)}))
x = F(7, 2)
print(math.floor(x), math.ceil(x), math.trunc(-x), int(-x), round(x), round(F(5, 2)), round(F(-7, 2)))
print(round(F(22, 7), 2), round(F(1234), -2), round(F(-3, 8), 1), float(F(1, 3)), bool(F(0)))
print(F(3.141592653589793).limit_denominator(10), F(3.141592653589793).limit_denominator(100))
print(F(1, 3).limit_denominator(), F('0.333').limit_denominator(5), F(-7, 9).limit_denominator(2))
try:
    F(1, 3).limit_denominator(0)
except ValueError as e:
    print('ValueError', e)
print(x.numerator, x.denominator, x.as_integer_ratio(), F(10, 4).numerator)
print(str(F(-3, 9)), str(F(8, 4)), '%s and %r' % (F(1, 2), F(1, 2)), [F(1, 2)], f'{F(3, 5)}')
print(sum([F(1, 2), F(1, 3), F(1, 6)]), sum([F(1, 10)] * 10) == 1, isinstance(F(1) + 1, F))


class Half(F):
    pass


print(repr(Half(1, 2)), Half(1, 2) + 1, type(F(1, 2) + Half(1, 2)).__name__)
