# Class definition, instances, attributes and methods.
class Point:
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x ** 2 + self.y ** 2
    def move(self, dx, dy):
        self.x += dx
        self.y += dy
        return self
p = Point(3, 4)
print(p.x, p.y, p.norm2(), Point.dims, p.dims)
print(p.move(1, 1).norm2(), p.x)
print(Point.norm2(p), type(p).__name__, type(p) is Point, isinstance(p, Point))
p.dims = 3
print(p.dims, Point.dims)
del p.dims
print(p.dims)
print(sorted(vars(p).items()), sorted(k for k in Point.__dict__ if not k.startswith("__")))
m = p.norm2
print(m(), m.__self__ is p, m.__func__ is Point.norm2)
print(Point.__name__, Point.__qualname__, Point.__module__)
try:
    p.missing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Point(1)
except TypeError as e:
    print(type(e).__name__, e)
class Empty:
    pass
e = Empty()
e.anything = 1
print(e.anything, Empty.__bases__ == (object,))
