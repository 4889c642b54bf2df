# functools.total_ordering, cmp_to_key, cached_property, singledispatch basics.
from functools import total_ordering, cmp_to_key
@total_ordering
class Money:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
a, b = Money(1), Money(2)
print(a < b, a <= b, a > b, a >= b, b >= a, a == Money(1))
def cmp(x, y):
    return (x > y) - (x < y)
print(sorted([3, 1, 2], key=cmp_to_key(cmp)), sorted(["bb", "a", "ccc"], key=cmp_to_key(lambda x, y: len(y) - len(x))))
