s = {1, 2, 3}
s.add(4); s.discard(10); s.remove(1); print(s, len(s), 2 in s, 9 in s)
try:
    s.remove(99)
except KeyError as e:
    print('KeyError', e)
try:
    set().pop()
except KeyError as e:
    print('KeyError', e)
print(s.union([5], (6,)), s.intersection([2, 3, 9], range(3)), s.difference([2], [3]), s.symmetric_difference([4, 5]))
print(s.issubset(range(10)), s.issuperset([2, 3]), s.isdisjoint([7, 8]), s <= {2, 3, 4}, s < {2, 3, 4}, s > {2}, s >= s)
t = set(range(10)); t.update([10], {11}); t.intersection_update(range(0, 12, 2)); print(t)
t.difference_update([0], [2]); print(t); t.symmetric_difference_update([4, 5]); print(t)
t |= {100}; t &= {5, 6, 100}; t -= {6}; t ^= {7}; print(t)
f = frozenset([3, 1, 2]); print(f, f | {9}, {9} | f, f & {1}, type(f | {9}).__name__, type({9} | f).__name__, f.copy() is f)
print(frozenset(), set(), frozenset(f) is f, hash(f) == hash(frozenset([1, 2, 3])), {f: 1}[frozenset([1, 2, 3])])
print({frozenset([1])} == {frozenset([1])}, {1} == frozenset([1]), set() == frozenset())
x = {frozenset([1, 2])}; print({1, 2} in x, x.__contains__({1, 2}))
x.discard({1, 2}); print(x)
try:
    {[1]}
except TypeError as e:
    print(e)
try:
    set().add([])
except TypeError as e:
    print(e)
try:
    {1} | [2]
except TypeError as e:
    print(e)
try:
    {1} < [2]
except TypeError as e:
    print(e)
try:
    set(1, 2)
except TypeError as e:
    print(e)
try:
    set([1]).add()
except TypeError as e:
    print(e)
try:
    hash({1})
except TypeError as e:
    print(e)
class S(set):
    pass
m = S([3, 1]); m.add(2); print(m, type(m).__name__, len(m), S(), repr(S([5])), m | {9}, type(m | {9}).__name__, type(m.copy()).__name__)
class F(frozenset):
    pass
print(F([1, 2]), F(), type(F([1]) | {2}).__name__, hash(F([1, 2])) == hash(frozenset([1, 2])))
print(sorted({5, 3, 9}), list({7, 8}))
print(set('abc') == {'a', 'b', 'c'}, len(set('hello')), sorted(set('hello')))
print(set.union({1}, {2}), set.__len__({1, 2}), frozenset.__contains__(frozenset([1]), 1))
print({i % 7 for i in range(50)}, {(i, -i) for i in range(3)} == {(0, 0), (1, -1), (2, -2)})
print(set([1, 2, 3]) - set([2]), set(range(100)) & set(range(50, 150)) == set(range(50, 100)))
p = set(range(30)); print([p.pop() for _ in range(3)], p.pop() if p else None)
class E:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, E) and self.v == o.v
    def __hash__(self): return hash(self.v)
    def __repr__(self): return 'E(%r)' % self.v
es = {E(1), E(2), E(1)}; print(len(es), E(1) in es, E(3) in es, sorted(es, key=lambda e: e.v))
es.discard(E(1)); print(es)
