# collections.abc: isinstance checks by structure and registration, and the mixins.
from collections.abc import (Iterable, Iterator, Mapping, MutableMapping, Sequence,
                             MutableSequence, Set, MutableSet, Sized, Callable, Hashable,
                             Container, Generator, Collection, Reversible)
import collections.abc
print(isinstance([], Iterable), isinstance(iter([]), Iterator), isinstance({}, Mapping))
print(isinstance([], Sequence), isinstance((), MutableSequence), isinstance("", Sequence))
print(isinstance(set(), MutableSet), isinstance(frozenset(), MutableSet), isinstance(len, Callable))
print(isinstance([], Hashable), isinstance(1, Hashable), isinstance((x for x in ()), Generator))
print(issubclass(dict, MutableMapping), issubclass(list, Reversible), issubclass(int, Sized))
print(isinstance({}.keys(), collections.abc.KeysView), isinstance(range(3), Collection))
class Bag(MutableMapping):
    def __init__(self):
        self.d = {}
    def __getitem__(self, k):
        return self.d[k]
    def __setitem__(self, k, v):
        self.d[k] = v
    def __delitem__(self, k):
        del self.d[k]
    def __iter__(self):
        return iter(self.d)
    def __len__(self):
        return len(self.d)
b = Bag()
b.update(a=1, b=2)
b.setdefault("c", 3)
print(sorted(b.items()), "a" in b, b.get("z", 0), b.pop("a"), len(b), b == {"b": 2, "c": 3})
print(list(b.keys()), list(b.values()))
class Seq(Sequence):
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
    def __len__(self):
        return 3
s = Seq()
print(list(s), 20 in s, s.index(20), s.count(10), list(reversed(s)))
class Ints(Set):
    def __init__(self, it=()):
        self.items = list(dict.fromkeys(it))
    def __contains__(self, x):
        return x in self.items
    def __iter__(self):
        return iter(self.items)
    def __len__(self):
        return len(self.items)
x, y = Ints([1, 2, 3]), Ints([2, 3, 4])
print(sorted(x & y), sorted(x | y), sorted(x - y), sorted(x ^ y), x <= Ints([1, 2, 3, 5]))
try:
    Sequence()
except TypeError as e:
    print(e)
