# Generator expressions inside calls, nested generator expressions, and scoping.
print(sum(x * x for x in range(10)), max(len(s) for s in ["a", "abc"]), list(x for x in "ab"))
print(sorted((y for y in (x * 2 for x in range(5)) if y > 2), reverse=True))
print(dict((k, v) for k, v in [("a", 1), ("b", 2)]), set(c for c in "aab" if c == "a"))
print(any(x > 3 for x in range(5)), all(x < 3 for x in range(5)), tuple(i for i in range(3)))
n = 3
g = (n * i for i in range(n))
n = 10
print(list(g))
rows = [[1, 2], [3, 4]]
print(list(sum(r) for r in rows), list(x for r in rows for x in r))
print(" ".join(str(i) for i in range(5)), min((abs(v), v) for v in [-3, 2, -1]))
