# Mutation during iteration and other dict errors.
d = {i: i for i in range(5)}
try:
    for k in d:
        d[k + 100] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
d = {i: i for i in range(5)}
for k in list(d):
    if k % 2:
        del d[k]
print(d)
d2 = {"a": 1}
for k in d2:
    d2[k] = 2
print(d2)
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print(type(e).__name__, e)
try:
    {}.get()
except TypeError as e:
    print(type(e).__name__, e)
print(dict(a=1) == {"a": 1}, {1: 2} != {1: 3}, {1: 2, 3: 4} == {3: 4, 1: 2})
try:
    {1: 2} < {1: 2}
except TypeError as e:
    print(type(e).__name__, e)
