# Comprehension variables do not leak; the first iterable is evaluated in the enclosing scope.
i = "keep"
squares = [i * i for i in range(4)]
print(squares, i)
class C:
    values = [1, 2, 3]
    doubled = [v * 2 for v in values]
print(C.doubled)
def outer():
    factor = 10
    return [factor * x for x in range(3)]
print(outer())
try:
    [undefined_var for _ in range(1)]
except NameError as e:
    print(type(e).__name__, e)
try:
    [1 / x for x in [1, 0]]
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print([[j for j in range(i)] for i in range(4)])
print([x for x in [x for x in range(5)] if x > 1])
