# dict methods.
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("c", 3), d.setdefault("a", 100), d)
print(list(d.keys()), list(d.values()), list(d.items()))
d.update({"d": 4}, e=5)
d.update([("f", 6)])
print(d)
print(d.pop("a"), d.pop("zz", "dflt"), d.popitem(), d)
print(dict.fromkeys("xy"), dict.fromkeys([1, 2], 0), d.copy() == d, d.copy() is d)
d.clear()
print(d, len(d))
e = {"k": [1]}
f = e.copy()
f["k"].append(2)
print(e)
print({1: "a"} | {2: "b"}, {1: "a", 2: "b"} | {1: "z"})
g = {"x": 1}
g |= {"y": 2}
print(g)
try:
    {}.pop("missing")
except KeyError as e:
    print(type(e).__name__, e)
try:
    {}.popitem()
except KeyError as e:
    print(type(e).__name__, e)
try:
    dict.fromkeys(5)
except TypeError as e:
    print(type(e).__name__, e)
