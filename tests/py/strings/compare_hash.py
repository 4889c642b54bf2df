# String comparison, hashing consistency and use as dict keys.
a = "abc"
b = "ab" + "c"
print(a == b, hash(a) == hash(b), a is not None)
d = {a: 1}
print(d[b], b in d, "abd" in d)
print(sorted(["banana", "apple", "Cherry", "apple2", ""]))
print(max("abc", "abd"), min(["zz", "z", "zzz"]))
print("a" < "aa" < "b", "B" < "a", "10" < "9")
keys = {"x": 1, "y": 2, "z": 3}
print(sorted(keys), list(keys))
s = set("mississippi")
print(sorted(s), len(s))
print(hash("") == hash(""), isinstance(hash("q"), int))
