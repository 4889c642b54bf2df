import copy
from collections import namedtuple, OrderedDict, defaultdict, Counter, deque
a = [1, [2, 3], {'k': [4]}]
b = copy.copy(a); c = copy.deepcopy(a)
a[1].append(99); a[2]['k'].append(98)
print(b, c, b[1] is a[1], c[1] is a[1])
t = (1, [2]); print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy(t) == t, copy.deepcopy((1, 2)) is not None)
d = {'a': {1, 2}, 'b': frozenset([3])}; dc = copy.deepcopy(d); print(dc, dc['a'] is d['a'], copy.copy(d) == d)
s = {1, 2}; print(copy.copy(s), copy.copy(s) is s, copy.copy(frozenset(s)) is not None)
cyc = [1]; cyc.append(cyc); cc = copy.deepcopy(cyc); print(cc[1] is cc, cc[0])
class P:
    def __init__(self, x):
        self.x = x
        self.items = [x]
    def __repr__(self):
        return 'P(%r, %r)' % (self.x, self.items)
p = P(1); p2 = copy.copy(p); p3 = copy.deepcopy(p); p.items.append(2)
print(p2, p3, p2.items is p.items, p3.items is p.items, type(p3).__name__)
class WithHooks:
    def __init__(self):
        self.v = [1]
    def __copy__(self):
        print('copy hook'); return 'copied'
    def __deepcopy__(self, memo):
        print('deepcopy hook', type(memo).__name__); return 'deepcopied'
print(copy.copy(WithHooks()), copy.deepcopy(WithHooks()))
class State:
    def __init__(self):
        self.a = 1
    def __getstate__(self):
        return {'a': self.a * 10}
    def __setstate__(self, st):
        self.a = st['a'] + 1
print(copy.copy(State()).a, copy.deepcopy(State()).a)
Pt = namedtuple('Pt', 'x y'); pt = Pt([1], 2); pc = copy.deepcopy(pt); print(pc, pc.x is pt.x, copy.copy(pt) == pt, type(pc).__name__)
class L(list):
    pass
l = L([1, [2]]); l.tag = 't'; lc = copy.deepcopy(l); print(lc, type(lc).__name__, lc.tag, lc[1] is l[1])
od = OrderedDict(a=[1]); print(copy.deepcopy(od), copy.copy(od))
dd = defaultdict(list, a=[1]); ddc = copy.deepcopy(dd); ddc['b'].append(2); print(ddc, dd)
print(copy.copy(Counter('aab')), copy.deepcopy(deque([1, [2]], maxlen=3)))
shared = [1]; both = [shared, shared]; bc = copy.deepcopy(both); print(bc[0] is bc[1])
print(copy.deepcopy(len) is len, copy.deepcopy(P) is P, copy.copy(5), copy.deepcopy('s'))
import copy, functools; p = functools.partial(max, 1, key=abs); print(copy.copy(p), copy.deepcopy(p))
