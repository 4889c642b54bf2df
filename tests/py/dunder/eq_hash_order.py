# Rich comparisons, __hash__ and sorting by __lt__.
class Ver:
    def __init__(self, major, minor):
        self.t = (major, minor)
    def __eq__(self, other):
        if not isinstance(other, Ver):
            return NotImplemented
        return self.t == other.t
    def __lt__(self, other):
        return self.t < other.t
    def __le__(self, other):
        return self.t <= other.t
    def __hash__(self):
        return hash(self.t)
    def __repr__(self):
        return "Ver%r" % (self.t,)
a, b, c = Ver(1, 2), Ver(1, 10), Ver(1, 2)
print(a == c, a != b, a < b, b > a, a <= c, b >= a, a == "x", a != 5)
print(sorted([b, a, Ver(0, 9)]), max([a, b]), min(b, a))
print(len({a, b, c}), {a: "x"}[c])
class NoHash:
    def __eq__(self, other):
        return True
try:
    hash(NoHash())
except TypeError as e:
    print(type(e).__name__, e)
print(NoHash.__hash__)
class Plain:
    pass
p = Plain()
print(p == p, p == Plain(), p != Plain(), hash(p) == hash(p))
try:
    Plain() < Plain()
except TypeError as e:
    print(type(e).__name__, e)
class Reflect:
    def __gt__(self, other):
        print("Reflect.__gt__ called")
        return True
print(5 < Reflect())
