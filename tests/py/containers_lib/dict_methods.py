d = {'a': 1, 'b': 2}
print(d.get('a'), d.get('z'), d.get('z', 0), d.setdefault('c', 3), d.setdefault('a', 9), d)
print(d.pop('c'), d.pop('zz', None), d)
try:
    d.pop('zz')
except KeyError as e:
    print('KeyError', e)
print(d.popitem(), d)
try:
    {}.popitem()
except KeyError as e:
    print('KeyError', e)
d = dict(a=1, b=2, c=3)
print(list(d.keys()), list(d.values()), list(d.items()), d.keys(), d.values(), d.items())
print(len(d.keys()), 'a' in d.keys(), 1 in d.values(), ('a', 1) in d.items(), ('a', 2) in d.items())
print(list(reversed(d)), list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
d.update({'d': 4}, e=5); d.update([('f', 6)]); d.update(g=7); print(d)
try:
    d.update(1, 2)
except TypeError as e:
    print(e)
c = d.copy(); c['z'] = 0; print(len(d), len(c), type(c).__name__)
print(dict.fromkeys('abc'), dict.fromkeys([1, 2], 0), dict.fromkeys(range(3), []))
d.clear(); print(d, len(d))
k1 = {'a': 1, 'b': 2, 'c': 3}.keys(); k2 = {'b': 0, 'c': 0, 'd': 0}.keys()
print(k1 & k2, sorted(k1 | k2), k1 - k2, sorted(k1 ^ k2), k1 & {'a', 'x'}, {'a', 'q'} - k1, ['a', 'x'] - k1 if False else 0)
print(k1 == {'a', 'b', 'c'}, k1 == k2, k1 < {'a', 'b', 'c', 'd'}, k1 >= {'a'}, k1.isdisjoint(['x']), k1.isdisjoint('abc'))
i1 = {1: 2, 3: 4}.items()
print(i1 & {(1, 2)}, i1 | {(5, 6)}, i1 - {(1, 2)}, i1 == {(1, 2), (3, 4)})
n = {i: i * i for i in range(10)}
print(n.keys() & range(3, 20), n.keys() | range(12), n.keys() - {0, 1, 2}, n.keys() ^ {0, 100})
print({1: 'a'} | {2: 'b'}, {1: 'a'} == {1: 'a'}, {1: 'a'} != {1: 'b'})
x = {1: 1}; x |= {2: 2}; x |= [(3, 3)]; print(x)
class D(dict):
    def __missing__(self, k):
        return k * 2
dd = D(a=1); print(dd['a'], dd['zz'], dd.get('zz'), 'zz' in dd, dd, len(dd), type(dd).__name__)
print(dict.__getitem__({1: 2}, 1), dict.__contains__({1: 2}, 1), dict.__len__({1: 2}))
try:
    {}['missing']
except KeyError as e:
    print('KeyError', e)
try:
    {}[[1]] = 2
except TypeError as e:
    print(e)
try:
    {}.get()
except TypeError as e:
    print(e)
it = iter(d := {1: 1, 2: 2})
next(it); d[3] = 3
try:
    next(it)
except RuntimeError as e:
    print(e)
s = {3: 'x', 1: 'y', 2: 'z'}
del s[1]; s[1] = 'w'; print(s, list(s), sorted(s), sorted(s.items()), min(s) if False else 0)
print(hash((1, 2)) == hash(tuple([1, 2])))
try:
    hash({})
except TypeError as e:
    print(e)
try:
    hash([])
except TypeError as e:
    print(e)
class H(dict): pass
try:
    hash(H())
except TypeError as e:
    print(e)
