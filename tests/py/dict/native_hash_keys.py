# Keys hashed natively (ints, strs, tuples of them) and through Python (floats, bools,
# user objects, deep tuples) must land in the same slots when they are equal.
d = {}
d[(1, 2)] = "a"
d[(1, ("x", 3))] = "b"
d[5] = "c"
d["k"] = "d"
print((1.0, 2) in d, (True, 2.0) in d, d[(1.0, 2)], d[(True, 2)])
print(d.get((1, ("x", 3.0))), d.get((1.0, ("x", 3))))
print(5.0 in d, d[5.0], True in d, d.get(1))


class K:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, other):
        return self.v == (other.v if isinstance(other, K) else other)


print(d.get(K((1, 2))), K("k") in d, d.get(K(5)))
e = {K(7): "seven", (2, 3): "t"}
print(7 in e, e[7], e.get((2, 3)), (K(2), 3) in e)

deep = 0
for i in range(40):
    deep = (deep, i)
d[deep] = "deep"
deep2 = 0
for i in range(40):
    deep2 = (deep2, float(i))
print(d[deep2], hash(deep) == hash(deep2))

# setdefault: one lookup, returns the stored value, inserts the default once.
s = {}
print(s.setdefault("a", []), s.setdefault("a", [1]), s)
s.setdefault((1, 2), []).append(3)
s.setdefault((1.0, 2.0), []).append(4)
print(s, s.setdefault("b"), s)
try:
    s.setdefault([1], 0)
except TypeError as e:
    print("TypeError", e)
try:
    s.setdefault()
except TypeError as e:
    print("TypeError", e)

# sets with the same keys
st = {(1, 2), "k", 9, (0, ("a",))}
print((1.0, 2.0) in st, (0, ("a",)) in st, 9.0 in st, K(9) in st)
st.discard((1.0, 2))
st.add((True, 2))
print(sorted(map(repr, st)))
print({(i, i + 1) for i in range(5)} & {(float(i), i + 1) for i in range(3, 8)})
