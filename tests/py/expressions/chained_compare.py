# Chained comparisons evaluate each operand once and short-circuit.
calls = []
def v(x):
    calls.append(x)
    return x
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1, 1 < 2 > 0, 1 != 2 != 1)
print(v(1) < v(2) < v(3), calls)
calls.clear()
print(v(3) < v(2) < v(1), calls)
calls.clear()
x = 5
print(0 <= x < 10, 0 <= x < 5, x in [5] == True, 1 < x <= 5 >= 2)
print(v(1) < v(5) == v(5) != v(6), calls)
a, b, c = [1], [1], [1]
print(a == b == c, a is b, a is not b, None is None)
