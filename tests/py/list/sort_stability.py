# Sorting is stable and handles many element types consistently.
records = [("alice", 30, "NY"), ("bob", 25, "LA"), ("carol", 30, "LA"), ("dave", 25, "NY"), ("eve", 35, "LA")]
by_age = sorted(records, key=lambda r: r[1])
print([r[0] for r in by_age])
by_city_then_age = sorted(sorted(records, key=lambda r: r[1]), key=lambda r: r[2])
print([r[0] for r in by_city_then_age])
print(sorted(records, key=lambda r: (-r[1], r[0]))[0])
import random
rng = random.Random(7)
vals = [rng.randint(0, 5) for _ in range(30)]
pairs = list(enumerate(vals))
s = sorted(pairs, key=lambda p: p[1])
print(all(s[i][0] < s[i + 1][0] for i in range(len(s) - 1) if s[i][1] == s[i + 1][1]))
print(sorted([3.5, -1, 2, 0.0, -0.5]), sorted(["b", "B", "a", "A"]), sorted([True, False, 0, 1]))
print(sorted([(1, "b"), (1, "a"), (0, "z")]), sorted("Hello World".split(), key=str.casefold))
floats = [0.1 * i for i in range(10, 0, -1)]
print(sorted(floats)[:3])
print(sorted(range(20), key=lambda x: x % 3))
