# abs, round (banker's rounding), divmod, pow with 3 arguments.
print(abs(-5), abs(5), abs(-2.5), abs(-0.0), abs(True), abs(-2**70))
print(round(0.5), round(1.5), round(2.5), round(3.5), round(-1.5), round(-2.5))
print(round(2.675, 2), round(1.005, 2), round(123.456, -1), round(125, -1), round(135, -1), round(-125, -1))
print(round(5), round(5.4), round(5.6), round(1e20), type(round(5.5)).__name__, round(0.125, 2), round(0.375, 2))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(17.5, 5), divmod(-0.5, 1))
print(pow(2, 100, 10**9 + 7), pow(5, 0, 1), pow(-3, 3), pow(2, 0.5), pow(7, -1, 11))
print(round(float("inf")) if False else "skip", round(2.5, None), round(-0.0, 1))
try:
    round(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
try:
    divmod(1, "a")
except TypeError as e:
    print(type(e).__name__, e)
