# Sets iterate in CPython's hash-table slot order (ints hash to themselves).
print({3, 1, 2}, {10, 100, 1000}, {20, 1, 2, 3, 5}, {8, 1}, {16, 0, 32, 1, 2})
print(set(range(20)), set(range(20, 0, -1)), set(range(0, 200, 9)))
s = set([20, 1, 2, 3, 5]); print(s, s.copy(), set(s), frozenset(s), s | set(), s - {99})
s = set()
for x in (0, 8, 16, 3):
    s.add(x)
print(s); s.remove(0); s.remove(16); s.add(24); print(s)
a = set(range(0, 100, 7)); b = set(range(0, 100, 5))
print(a & b, a | b, a - b, a ^ b, b - a, b ^ a)
print(a.intersection(range(50)), a.union([1000, -5]), a.difference(range(30)), a.symmetric_difference(range(10)))
d = {i * 13: i for i in range(12)}
print(set(d), set(d.keys()), d.keys() & {13, 26, 1000}, d.keys() | {1}, d.keys() - {13}, d.keys() ^ {0, 1})
x = set(range(40))
for i in range(0, 40, 3):
    x.discard(i)
print(x)
print([x.pop() for _ in range(5)], x)
x.clear(); x.update([64, 0, 128, 1]); print(x, x.pop(), x)
print(hash(frozenset()), hash(frozenset({1, 2, 3})), hash(frozenset(range(100))), hash(frozenset([(1, 2), 5])))
print({(1, 2), (3, 4), (5, 6)}, set([(0, 0), (0, 1), (1, 0)]))
print(set([-1, -2, 2 ** 61, 2 ** 62, -2 ** 63]), set([True, 1.0, 0, False, 2]), set([1.5, 2.5, 0.5]))
big = set(range(1000)); big -= set(range(0, 1000, 2)); print(len(big), list(big)[:10])
big.intersection_update(range(0, 1000, 3)); print(list(big)[:10], len(big))
m = {1, 2, 3, 4, 5, 6, 7, 8, 9}; m.difference_update(range(1, 9)); print(m)
g = set()
for i in range(100):
    g.add(i * 37 % 101)
    if i % 3 == 0:
        g.discard(i)
print(g)
print({i * 8 for i in range(10)}, {i: None for i in range(5)}.keys() | {100, 7})
fs = frozenset([5, 13, 21]); print(fs, fs | {29}, {29} | fs, fs & {13, 21, 99}, fs - {5})
