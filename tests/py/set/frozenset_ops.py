# frozenset is hashable and immutable.
f = frozenset([3, 1, 2])
print(f, len(f), 2 in f, f | {9}, f & {1, 5}, type(f | {9}).__name__, type({9} | f).__name__)
d = {f: "frozen key"}
print(d[frozenset({1, 2, 3})], hash(f) == hash(frozenset([1, 2, 3])))
print(frozenset() == set(), frozenset([1]) == {1}, {frozenset([1]), frozenset([1])})
try:
    f.add(4)
except AttributeError as e:
    print(type(e).__name__, e)
nested = {frozenset({1, 2}), frozenset({2, 1}), frozenset({3})}
print(len(nested))
print(sorted(frozenset("hello")), frozenset(range(5)).issuperset({1, 2}))
