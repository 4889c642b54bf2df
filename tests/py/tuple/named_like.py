# Tuples as records; tuple subclasses; repr of nested tuples.
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
    def __repr__(self):
        return f"Point(x={self[0]}, y={self[1]})"
p = Point(3, 4)
print(p, p.x, p[1], len(p), isinstance(p, tuple), p == (3, 4), hash(p) == hash((3, 4)))
print(((1, (2, (3,))), ()), repr(((),)), str((("a",),)))
print(tuple(x * 2 for x in range(3)), tuple({"k": 1}), tuple("abc")[::2])
records = [("bob", 3), ("amy", 5), ("cat", 3)]
print(sorted(records, key=lambda r: (r[1], r[0])))
