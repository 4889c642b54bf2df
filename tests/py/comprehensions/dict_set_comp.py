# Dict and set comprehensions.
print({k: len(k) for k in ["a", "bb", "ccc"]}, {i: i ** 2 for i in range(4) if i})
print({x % 3 for x in range(10)}, {(x, -x) for x in range(1)})
words = ["one", "two", "three"]
index = {w: i for i, w in enumerate(words)}
print(index, {v: k for k, v in index.items()})
print({k: [n for n in range(k)] for k in range(3)})
print({c: words.count(c) for c in ("one", "two", "x")})
nested = {a: {b: a * b for b in range(2)} for a in range(2)}
print(nested)
