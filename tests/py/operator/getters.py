# operator.itemgetter, attrgetter, methodcaller.
from operator import itemgetter, attrgetter, methodcaller
rows = [("b", 2, 9), ("a", 3, 1), ("c", 1, 5)]
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(2, 0)))
print(itemgetter(0)("xyz"), itemgetter(0, 2)("xyz"), itemgetter("k")({"k": "v"}), itemgetter(slice(1, None))([1, 2, 3]))
class P:
    def __init__(self, name, inner=None):
        self.name = name
        self.inner = inner
people = [P("zed"), P("amy"), P("bob")]
print([p.name for p in sorted(people, key=attrgetter("name"))])
print(attrgetter("inner.name")(P("outer", P("nested"))), attrgetter("name", "inner")(P("n")))
print(methodcaller("upper")("abc"), methodcaller("split", ",")("a,b"), methodcaller("get", "k", 0)({}))
