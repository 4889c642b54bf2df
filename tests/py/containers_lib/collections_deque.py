from collections import deque
d = deque()
for i in range(5):
    d.append(i)
    d.appendleft(-i)
print(d, len(d), d[0], d[-1], d[3])
print(d.pop(), d.popleft(), d)
d.extend([10, 11]); d.extendleft([20, 21]); print(d)
d.rotate(2); print(d); d.rotate(-3); print(d); d.rotate(0); d.rotate(100); print(d)
print(d.count(0), d.index(10), 10 in d, 99 in d)
d.remove(10); print(d)
d.reverse(); print(d)
d.insert(1, 'x'); d.insert(-1, 'y'); d.insert(100, 'z'); print(d)
d[0] = 'first'; del d[1]; print(d, d.copy() == d, d.copy() is d)
d.clear(); print(d, bool(d), len(d))
m = deque(range(10), maxlen=3); print(m, m.maxlen)
m.append(10); m.appendleft(-1); print(m)
m.extend(range(5)); print(m); m.extendleft('ab'); print(m)
z = deque([1, 2], maxlen=0); z.append(3); print(z)
for bad in [lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[5], lambda: deque([1]).remove(2),
            lambda: deque([1]).index(3), lambda: deque([1], maxlen=1).insert(0, 2), lambda: deque(maxlen=-1),
            lambda: deque([1])['a']]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
it = deque([1, 2, 3])
try:
    for x in it:
        it.append(x)
except RuntimeError as e:
    print('RuntimeError', e)
print(deque([1, 2]) + deque([3]), deque([1, 2]) * 2, list(reversed(deque('abc'))), deque('abc') < deque('abd'))
q = deque([1]); q += [2, 3]; q *= 2; print(q)
class MyDeque(deque):
    pass
md = MyDeque([1, 2]); md.append(3); print(md, type(md).__name__, isinstance(md, deque), len(md))
print(repr(deque([deque([1])])), deque([[1, 2], 'a'], maxlen=4))
r = deque([1]); r.append(r); print(r)
print(type(deque()), deque.__name__, deque([1, 2, 3]) == deque([1, 2, 3], maxlen=5))
