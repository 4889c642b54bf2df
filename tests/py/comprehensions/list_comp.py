# List comprehensions with conditions, nesting and scoping.
print([x * 2 for x in range(5)], [x for x in range(10) if x % 3 == 0])
print([(x, y) for x in range(3) for y in range(x)], [x for x in range(20) if x % 2 if x % 3])
print([[x * y for y in range(3)] for x in range(3)])
print([c.upper() for c in "abc" if c != "b"], [n if n % 2 else -n for n in range(5)])
x = "outer"
res = [x for x in range(3)]
print(res, x)
matrix = [[1, 2, 3], [4, 5, 6]]
print([row[i] for row in matrix for i in range(len(row)) if i != 1])
print([v for row in matrix for v in row if v % 2 == 0])
print([(i, j, k) for i in range(2) for j in range(2) for k in range(2) if i + j + k == 2])
print([y for y in [[1], [2, 3]]], [[] for _ in range(2)])
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
