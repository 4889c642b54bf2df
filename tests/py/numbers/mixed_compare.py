# Comparisons and arithmetic mixing int, float and bool.
print(1 == 1.0, 1 < 1.5, 2**53 + 1 == float(2**53 + 1), 2**53 + 1 > float(2**53))
print(True + True, True * 10, False - 1, True / 2, 3 + 0.5)
print(10**400 > 1e308, -10**400 < -1e308, 10**400 == float("inf"))
print(1 < 2.5 < 3, 0.0 == -0, 1 != 1.0)
print(max(1, 2.0), min(3, 2.5), sum([1, 2.5, True]))
print(hash(1) == hash(1.0) == hash(True), hash(0.5) == hash(0.5))
print(int.__name__, float.__name__, bool.__name__, issubclass(bool, int))
try:
    1 + "a"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" * 2.0
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 < "a"
except TypeError as e:
    print(type(e).__name__, e)
try:
    [] - []
except TypeError as e:
    print(type(e).__name__, e)
try:
    -"a"
except TypeError as e:
    print(type(e).__name__, e)
