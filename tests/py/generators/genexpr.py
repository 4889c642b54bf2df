# Generator expressions: laziness and scoping of the first iterable.
g = (x * x for x in range(5))
print(type(g).__name__, next(g), list(g), list(g))
print(sum(x for x in range(101)), max(len(w) for w in ["a", "abc", "ab"]))
print(list((i, j) for i in range(3) for j in range(i)))
print(list(x for x in range(20) if x % 3 == 0 if x % 2 == 0))
log = []
def src():
    for i in range(3):
        log.append(i)
        yield i
lazy = (v * 10 for v in src())
print(log)
print(next(lazy), log)
try:
    bad = (1 / 0 for _ in range(1))
    print("created without error")
    next(bad)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    (x for x in 5)
except TypeError as e:
    print(type(e).__name__, e)
print("".join(c.upper() for c in "abc"), tuple(i for i in "xy"), set(i % 2 for i in range(5)))
