print(list(enumerate('abc')), list(enumerate('ab', 5)), list(enumerate([1], start=-1)), list(enumerate([], 2**70)))
e = enumerate([1, 2], 2**63 - 1); print(list(e))
print(list(zip([1, 2, 3], 'ab')), list(zip()), list(zip([1])), list(zip(*[[1, 2], [3, 4]])))
for args in [([1, 2], [3]), ([1], [2, 3]), ([1], [2], [3, 4]), ([1, 2], [3, 4], [5])]:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as ex:
        print('ValueError', ex)
print(list(zip([1, 2], [3, 4], strict=True)))
print(list(map(lambda x: x * 2, [1, 2])), list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])), list(map(repr, range(3))))
print(list(filter(None, [0, 1, '', 'a', None, [], [2]])), list(filter(lambda x: x % 2, range(10))))
print(any([]), all([]), any([0, 0, 1]), all([1, 1, 0]), any(x > 3 for x in range(5)), all(x < 5 for x in range(5)))
m = map(abs if False else (lambda x: -x), [1])
print(type(m).__name__, isinstance(m, map), isinstance(zip(), zip), isinstance(enumerate([]), enumerate), isinstance(filter(None, []), filter))
print(type(reversed([])).__name__ != 'reversed', isinstance(reversed('ab'), reversed), map, zip, enumerate, reversed, filter)
print(next(iter(m)), list(m))
try:
    map(len)
except TypeError as ex:
    print(ex)
try:
    filter(None)
except TypeError as ex:
    print(ex)
try:
    zip(1)
except TypeError as ex:
    print(ex)
try:
    enumerate(1)
except TypeError as ex:
    print(ex)
try:
    enumerate([], 'a')
except TypeError as ex:
    print(ex)
try:
    any()
except TypeError as ex:
    print(ex)
class M(map):
    pass
mm = M(lambda x: x + 1, [1, 2]); print(type(mm).__name__, list(mm), isinstance(mm, map))
it = iter(range(3)); print(list(zip(it, it)))
gen = (i for i in range(4))
print(list(enumerate(gen)), sorted({3: 1, 1: 2}), sorted([3, 1, 2], reverse=True), sorted((2, 1)), sorted('cba'))
d = {'x': 1, 'y': 2}
print(list(reversed(d.items())), dict(zip('ab', range(2))), list(map(lambda kv: kv[0], d.items())))
