# sum(), min(), max() with key and default.
print(sum([1, 2, 3]), sum([], 10), sum([0.1] * 10), sum([[1], [2]], []), sum(range(5), start=100))
print(min(3, 1, 2), max(3, 1, 2), min("bca"), max([1, 5, 3]), min([(2, "b"), (1, "z")]))
print(max(["aa", "b", "cccc"], key=len), min(["aa", "b", "cccc"], key=len), max([], default="empty"))
print(min([], default=None), max([2, 8, 4], key=lambda x: -x), max(1, 2, key=lambda x: 0))
print(max([1, 3, 3.0, 2]), min([0, -0.0]), max("abc", "abd"))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(type(e).__name__, e)
try:
    max()
except TypeError as e:
    print(type(e).__name__, e)
try:
    max([])
except ValueError as e:
    print(type(e).__name__, e)
try:
    min(1)
except TypeError as e:
    print(type(e).__name__, e)
