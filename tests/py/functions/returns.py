# Return values: None default, multiple values, early returns.
def nothing():
    pass
def bare():
    return
def multi():
    return 1, "two", [3]
def early(n):
    for i in range(n):
        if i * i > n:
            return i
    return -1
print(nothing(), bare(), multi(), early(10), early(0))
a, b, c = multi()
print(a, b, c)
def nested():
    def inner():
        return "inner"
    return inner
print(nested()(), nested().__name__, nested().__qualname__)
def recursive_sum(lst):
    if not lst:
        return 0
    return lst[0] + recursive_sum(lst[1:])
print(recursive_sum(list(range(100))))
def returns_func_result():
    return max([3, 1, 2])
print(returns_func_result())
