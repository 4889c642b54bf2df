# len() and range() objects.
print(len([1, 2]), len("abc"), len({}), len(range(10)), len(b"xy"), len({1, 2, 2}))
r = range(2, 20, 3)
print(r, list(r), r[0], r[-1], r[1:3], len(r), 11 in r, 12 in r, r.index(8), r.count(5))
print(list(range(5)), list(range(5, 0, -1)), list(range(0)), list(range(-3)), list(range(0, 10, 4)))
print(range(10)[::2], range(10)[::-1], list(range(10)[-3:]), range(3) == range(0, 3))
print(10**19 in range(10**20), range(10**20)[-1], reversed(range(3)).__class__.__name__)
print(list(reversed(range(1, 10, 3))), sum(range(101)), max(range(7)))
try:
    range(1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    range(3)[5]
except IndexError as e:
    print(type(e).__name__, e)
print(bool(range(0)), hash(range(3)) == hash(range(3)))
