# collections.namedtuple.
from collections import namedtuple
Point = namedtuple("Point", ["x", "y"])
p = Point(1, y=2)
print(p, p.x, p[1], p == (1, 2), len(p), tuple(p), isinstance(p, tuple))
print(p._replace(x=9), p._asdict(), Point._fields, Point._make([5, 6]))
x, y = p
print(x, y, hash(p) == hash((1, 2)))
P3 = namedtuple("P3", "a b c", defaults=[0])
print(P3(1, 2), P3(1, 2, 3), P3._field_defaults)
try:
    p.x = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Point(1)
except TypeError as e:
    print(type(e).__name__, e)
class Vec(namedtuple("Vec", "x y")):
    def norm1(self):
        return abs(self.x) + abs(self.y)
print(Vec(3, -4).norm1(), Vec(1, 2))
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
