a = [3, 1, 2]
a.append(4); a.extend([5, 6]); a.extend(a); print(a)
a.insert(0, 'x'); a.insert(-1, 'y'); a.insert(100, 'z'); a.insert(-100, 'w'); print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
for bad in [lambda: [].pop(), lambda: [1].pop(5), lambda: [1].remove(2), lambda: [1, 2].index(3),
            lambda: ['a'].index('b'), lambda: [].pop(1, 2), lambda: [].insert(1), lambda: [].append(),
            lambda: [].index(), lambda: [].append(x=1), lambda: [3, 'a'].sort(), lambda: sorted([1, 'a', 2]),
            lambda: [].sort(1), lambda: [].sort(foo=1), lambda: sorted(), lambda: sorted([], [])]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
b = [5, 3, 5, 1, 5]
b.remove(5); print(b, b.index(5), b.index(5, 2), b.count(5), b.count(9))
try:
    b.index(5, 0, 1)
except ValueError as e:
    print(e)
b.reverse(); print(b, b.copy(), b.copy() is b)
b.clear(); print(b)
w = ['banana', 'Apple', 'cherry', 'apple']
print(sorted(w), sorted(w, key=lambda s: s[::-1]), sorted(w, key=len, reverse=True), sorted(w, reverse=True))
n = [3.5, 1, -2, 10**20, 2.25, True]
n.sort(); print(n)
pairs = [(1, 'b'), (0, 'z'), (1, 'a'), (0, 'a')]
print(sorted(pairs), sorted(pairs, key=lambda p: p[1]), sorted(pairs, key=lambda p: p[0], reverse=True))
big = [(i * 7919) % 1000 for i in range(500)]
print(sorted(big)[:10], sorted(big, reverse=True)[:5], sorted(big) == sorted(big, key=lambda x: x))
print(sorted(repr(i) for i in range(30)))
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return 'K(%d)' % self.v
print(sorted([K(3), K(1), K(2)]))
l = [1, 2, 3]
def key(x):
    l.append(x); return x
try:
    l.sort(key=key)
except ValueError as e:
    print(e, l)
print([1, 2] + [3], [1] * 3, 3 * [0], [1, 2] < [1, 3], [1, 2] == [1, 2], [] < [1])
try:
    [1] + 1
except TypeError as e:
    print(e)
try:
    [1] * 'a'
except TypeError as e:
    print(e)
x = [1]; x += (2, 3); x *= 2; print(x)
class L(list):
    pass
m = L([3, 1]); m.append(2); m.sort(); print(m, type(m).__name__, len(m), m[0], m[-1], 2 in m, list(reversed(m)))
print(m + [9], type(m + [9]).__name__, m == [1, 2, 3], repr(m))
print(list.__len__([1, 2]), list.__getitem__([1, 2], 1), list.__contains__([1], 1))
t = (1, 2, 3, 2)
print(t.count(2), t.index(2), t.index(2, 2), t + (4,), t * 2, hash((1, 2)) == hash((1, 2)))
try:
    t.index(9)
except ValueError as e:
    print(e)
try:
    (1,) + [2]
except TypeError as e:
    print(e)
print(list(reversed(t)), list(reversed(range(5))), list(reversed(range(1, 10, 3))), list(reversed('abc')))
try:
    reversed(5)
except TypeError as e:
    print(e)
class R:
    def __len__(self): return 3
    def __getitem__(self, i): return i * 10
print(list(reversed(R())), type(reversed(R())).__name__)
