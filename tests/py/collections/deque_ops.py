# collections.deque operations.
from collections import deque
d = deque([1, 2, 3])
d.append(4); d.appendleft(0)
print(d, len(d), d[0], d[-1])
print(d.pop(), d.popleft(), d)
d.extend([7, 8]); d.extendleft([-1, -2])
print(d)
d.rotate(2); print(d)
d.rotate(-3); print(d)
print(d.count(7), d.index(7), 8 in d, list(reversed(d)))
d.remove(7); print(d)
b = deque(range(10), maxlen=3)
print(b, b.maxlen)
b.append(10); print(b)
b.appendleft(0); print(b)
c = d.copy(); c.clear(); print(c, d == deque(d), deque() == deque([]))
try:
    deque().pop()
except IndexError as e:
    print(type(e).__name__, e)
try:
    deque().popleft()
except IndexError as e:
    print(type(e).__name__, e)
q = deque()
for i in range(5):
    q.append(i)
out = []
while q:
    out.append(q.popleft())
print(out, deque("abc"), deque([[1]]))
d2 = deque([1, 2]); d2[0] = 9; del d2[1]; print(d2, deque([1, 2]) + deque([3]), deque([1]) * 2)
