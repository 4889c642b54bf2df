# Unpacking assignment, starred targets and starred expressions.
a, b = 1, 2
a, b = b, a
print(a, b)
x, *rest = [1, 2, 3, 4]
print(x, rest)
*init, last = "abc"
print(init, last)
first, *mid, end = range(5)
print(first, mid, end)
h, *t = [9]
print(h, t)
(p, q), r = (1, 2), 3
print(p, q, r)
[m, [n, *o]] = [1, [2, 3, 4]]
print(m, n, o)
for i, (j, k) in enumerate([(1, 2), (3, 4)]):
    print(i, j, k)
print(*[1, 2], *"ab", sep="-")
print([*range(2), *(5, 6)], {*"aa"}, {**{"a": 1}, **{"b": 2}})
def f(*args, **kw):
    return args, kw
print(f(*[1, 2], 3, *(4,), **{"x": 1}, y=2))
for bad in ("a, b = [1, 2, 3]", "a, b, c = [1]", "a, *b, c = [1]", "a, b = 5"):
    try:
        exec(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
