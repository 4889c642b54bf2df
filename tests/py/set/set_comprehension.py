# Set comprehensions and deduplication preserving first-seen order.
print({x % 5 for x in range(20)}, {x * x for x in range(-3, 4)})
items = [3, 1, 3, 2, 1, 4]
seen = set()
ordered = [x for x in items if not (x in seen or seen.add(x))]
print(ordered)
print(sorted({(x, y) for x in range(2) for y in range(2)}))
print(set(), {0}, {-1, -2}, {10, 20, 30}, set(range(10)))
big = {i * 7 % 100 for i in range(100)}
print(len(big), min(big), max(big), sum(big))
