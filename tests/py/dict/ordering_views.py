# Insertion order, views reflecting changes, deletion and re-insertion.
d = {}
for k in ["z", "a", "m", "b"]:
    d[k] = len(d)
print(d, list(d))
keys = d.keys()
vals = d.values()
items = d.items()
d["new"] = 99
print(keys, vals, items, len(keys))
del d["a"]
d["a"] = "re-added"
print(list(d))
d["z"] = "updated keeps position"
print(list(d.items())[0])
print("m" in keys, ("m", 2) in items, 99 in vals)
print(keys & {"m", "q"}, sorted(keys | {"q"}), sorted(keys - {"z"}))
print(list(reversed(d)), list(reversed(d.items()))[0])
print(d == {"new": 99, "a": "re-added", "m": 2, "b": 3, "z": "updated keeps position"})
print(type(keys).__name__, type(vals).__name__, type(items).__name__)
