# Tuple unpacking in loops, returns, swaps and nested structures.
def minmax(xs):
    return min(xs), max(xs)
lo, hi = minmax([4, 8, 1])
print(lo, hi)
pairs = [(1, "one"), (2, "two")]
for num, name in pairs:
    print(num, name)
(a, b), (c, d) = (1, 2), (3, 4)
print(a, b, c, d)
x, y, z = "xyz"
print(x, y, z)
k, v = {"only": 1}.popitem()
print(k, v)
first, second, *others = (10, 20, 30, 40)
print(first, second, others, type(others).__name__)
data = [("a", (1, 2)), ("b", (3, 4))]
print([(n, p + q) for n, (p, q) in data])
m, n = n, m = 1, 2
print(m, n)
t = 1,
print(t, len(t))
