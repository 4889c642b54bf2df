# Building dicts: comprehensions, zip, nested dicts, counting, grouping.
squares = {n: n * n for n in range(6)}
print(squares)
inv = {v: k for k, v in {"a": 1, "b": 2}.items()}
print(inv)
words = ["apple", "avocado", "banana", "blueberry", "cherry"]
groups = {}
for w in words:
    groups.setdefault(w[0], []).append(w)
print(groups)
counts = {}
for ch in "hello world":
    counts[ch] = counts.get(ch, 0) + 1
print(sorted(counts.items()))
nested = {"outer": {"inner": {"leaf": 1}}}
nested["outer"]["inner"]["leaf"] += 1
print(nested, nested["outer"]["inner"])
print(dict(sorted({"b": 2, "a": 1}.items())), {**{"a": 1}, **{"a": 2}})
m = {i: {j: i * j for j in range(3)} for i in range(2)}
print(m)
print({k: v for k, v in zip("abc", range(3)) if v != 1})
