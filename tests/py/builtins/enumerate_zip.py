# enumerate(), zip() and zip(strict=True).
print(list(enumerate("abc")), list(enumerate("ab", start=10)), list(enumerate([], 5)))
for i, (a, b) in enumerate(zip("xy", [1, 2]), 1):
    print(i, a, b)
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1])), list(zip(*[(1, "a"), (2, "b")])))
print(dict(zip(["k1", "k2"], [1, 2])))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
e = enumerate("q")
print(next(e), next(e, "done"), type(e).__name__)
