# __repr__ and __str__ and where each is used.
class V:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f"V({self.x!r})"
class S(V):
    def __str__(self):
        return f"<{self.x}>"
v, s = V("a"), S("b")
print(v, str(v), repr(v), [v], s, repr(s), [s], (s,), {1: s}, f"{s} {s!r}")
print("%s|%r" % (s, s), "{}|{!r}".format(s, s), str([s, v]))
class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
class Recursive:
    def __init__(self):
        self.items = [self]
    def __repr__(self):
        return "R" + repr(self.items) if len(self.items) < 2 else "R..."
lst = [1]
lst.append(lst)
print(lst)
d = {}
d["self"] = d
print(d)
