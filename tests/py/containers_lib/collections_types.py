from collections import defaultdict, Counter, OrderedDict, namedtuple, ChainMap, UserDict, UserList
dd = defaultdict(int)
for ch in 'mississippi':
    dd[ch] += 1
print(dd, sorted(dd.items()), dd.default_factory, 'z' in dd, dd['z'], 'z' in dd)
dl = defaultdict(list, {'a': [1]}, b=[2]); dl['c'].append(3); print(dl, len(dl))
dn = defaultdict(); print(dn)
try:
    dn['x']
except KeyError as e:
    print('KeyError', e)
try:
    defaultdict(5)
except TypeError as e:
    print(e)
print(dl.copy(), type(dl.copy()).__name__, dl | {'z': 0}, isinstance(dl, dict))
nested = defaultdict(lambda: defaultdict(int)); nested['a']['b'] += 1; print(dict(nested['a']))
c = Counter('abracadabra'); print(c)
print(c.most_common(), c.most_common(1), c.most_common(0), c.total())
c.update('aaz'); c.update({'b': 10}); c.subtract('a'); c.subtract({'r': 5}); print(c)
print(Counter(a=3, b=1) + Counter(a=1, b=2), Counter(a=3, b=1) - Counter(a=1, b=2), Counter(a=3, b=1) | Counter(a=1, b=2), Counter(a=3, b=1) & Counter(a=1, b=2))
print(+Counter(a=1, b=-2), -Counter(a=1, b=-2), Counter(), Counter(a=1) == Counter(a=1, b=0), Counter(a=1) <= Counter(a=2))
x = Counter(a=5); x += Counter(a=-7, b=2); print(x); x -= Counter(b=1); print(x)
print(sorted(Counter('hello').elements()), Counter([1, 1, 2])[1], list(Counter({'x': 2, 'y': 3}).keys()))
del c['zzz']; del c['a']; print('a' in c, len(c))
try:
    Counter.fromkeys('ab')
except NotImplementedError as e:
    print(e)
od = OrderedDict(); od['b'] = 1; od['a'] = 2; od['c'] = 3
print(od, list(od), list(reversed(od)))
od.move_to_end('b'); print(od); od.move_to_end('b', last=False); print(od)
print(od.popitem(), od.popitem(last=False), od, OrderedDict())
try:
    od.move_to_end('zz')
except KeyError as e:
    print('KeyError', e)
o1 = OrderedDict([('a', 1), ('b', 2)]); o2 = OrderedDict([('b', 2), ('a', 1)])
print(o1 == o2, o1 == dict(o2), dict(o1) == o2, OrderedDict.fromkeys('ab', 0), o1 | {'c': 3}, o1.copy())
Point = namedtuple('Point', ['x', 'y'])
p = Point(11, y=22); print(p, p.x + p.y, p[0], tuple(p), len(p), p == (11, 22), hash(p) == hash((11, 22)))
x, y = p; print(x, y, p._fields, p._asdict(), p._replace(y=5), Point._make(range(2)))
print(Point.__name__, Point.__doc__, Point.x.__doc__, isinstance(p, tuple), type(p).__name__)
P3 = namedtuple('P3', 'a, b c', defaults=[2, 3]); print(P3(1), P3(1, 5), P3._field_defaults)
R = namedtuple('R', ['abc', 'def', 'abc', '_x'], rename=True); print(R._fields)
for args in [('Bad-name', 'a'), ('T', 'a a'), ('T', '_a'), ('T', 'for'), ('T', ['a', 'b'])]:
    try:
        T = namedtuple(*args); print(T._fields)
    except ValueError as e:
        print('ValueError', e)
try:
    Point(1)
except TypeError as e:
    print(e)
try:
    Point._make([1])
except TypeError as e:
    print(e)
try:
    p._replace(z=1)
except ValueError as e:
    print(e)
E = namedtuple('E', ''); print(E(), E._fields)
class Sub(Point):
    def norm(self):
        return self.x * self.x + self.y * self.y
print(Sub(3, 4).norm(), Sub(3, 4))
cm = ChainMap({'a': 1}, {'a': 2, 'b': 3}); print(cm['a'], cm['b'], len(cm), sorted(cm), 'b' in cm, cm.get('z', 0))
cm['c'] = 4; print(cm, cm.maps[0], cm.new_child({'d': 5})['d'], cm.parents)
ud = UserDict(a=1); ud['b'] = 2; print(ud, len(ud), ud.get('a'), 'b' in ud, sorted(ud.items()))
ul = UserList([3, 1, 2]); ul.append(0); ul.sort(); print(ul, ul[1:], len(ul), ul + [9], 2 in ul)
