# set methods and operators (small ints print in a deterministic order).
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [9]), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(a <= a, {1} < a, a < a, a >= {1, 2}, a > b, a.issubset(range(10)), a.issuperset([1]), a.isdisjoint({7}))
s = set()
s.add(3); s.add(1); s.add(3)
print(s, len(s))
s.update([5, 6], {7})
print(s)
s.discard(100); s.discard(5)
s.remove(6)
print(s)
print(s.pop() in {1, 3, 7}, len(s))
c = a.copy(); c.clear(); print(c, a)
d = {1, 2, 3}
d |= {4}; d &= {2, 3, 4}; d -= {3}; d ^= {9}
print(d)
try:
    set().remove(1)
except KeyError as e:
    print(type(e).__name__, e)
try:
    {[1]}
except TypeError as e:
    print(type(e).__name__, e)
print({1, 2} == {2, 1}, {1} != {1.0}, 2 in {1, 2}, set("aa") == {"a"})
