# Tuples: packing, indexing, methods, immutability, comparison, hashing.
t = (1, "two", 3.0, None)
print(t, len(t), t[1], t[-1], t[1:3], t[::-1], t.index("two"), (1, 1, 2).count(1))
print((1, 2) + (3,), (0,) * 3, (), (5,), tuple(), 1, (1), type((1)).__name__, type((1,)).__name__)
a = 1, 2
print(a, type(a).__name__)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), (1, "a") == (1, "a"), () < (0,))
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "v"}[(1, 2)], 2 in (1, 2))
try:
    t[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    (1,).index(9)
except ValueError as e:
    print(type(e).__name__, e)
lst_in_tuple = ([1], 2)
lst_in_tuple[0].append(5)
print(lst_in_tuple)
try:
    lst_in_tuple[0] += [6]
except TypeError as e:
    print(type(e).__name__, e, lst_in_tuple)
print(max((3, 1), (2, 9)), sorted([(2, "b"), (1, "z"), (2, "a")]), tuple(reversed((1, 2, 3))))
