# math domain and range errors.
import math
cases = [
    ("sqrt(-1)", lambda: math.sqrt(-1)),
    ("log(0)", lambda: math.log(0)),
    ("log(-1)", lambda: math.log(-1)),
    ("exp(1000)", lambda: math.exp(1000)),
    ("factorial(-1)", lambda: math.factorial(-1)),
    ("factorial(2.5)", lambda: math.factorial(2.5)),
    ("acos(2)", lambda: math.acos(2)),
    ("floor('x')", lambda: math.floor("x")),
    ("pow(0, -1)", lambda: math.pow(0, -1)),
    ("isqrt(-1)", lambda: math.isqrt(-1)),
    ("floor(inf)", lambda: math.floor(math.inf)),
]
for name, fn in cases:
    try:
        print(name, fn())
    except (ValueError, OverflowError, TypeError) as e:
        print(name, type(e).__name__, e)
