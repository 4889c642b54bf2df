# Keys of many hashable types; equal numbers are the same key.
d = {}
d[1] = "int"
d[1.0] = "float overwrites int value"
d[True] = "bool too"
print(d, len(d))
d[(1, 2)] = "tuple"
d[frozenset([1])] = "frozenset"
d[None] = "none"
d["s"] = "str"
d[b"s"] = "bytes"
d[2**80] = "bigint"
print(len(d), d[(1, 2)], d[frozenset({1})], d[None], d[b"s"], d[2**80])
class Key:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return isinstance(o, Key) and self.v == o.v
    def __hash__(self):
        return hash(self.v)
d2 = {Key(1): "one"}
print(d2[Key(1)], Key(2) in d2)
try:
    d[[1]] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    d[{1: 2}]
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(d["absent"])
except KeyError as e:
    print(type(e).__name__, e, repr(e))
nan = float("nan")
dn = {nan: 1}
print(dn[nan], float("nan") in dn)
