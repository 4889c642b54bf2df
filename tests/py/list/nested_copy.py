# Shallow vs deep copies of nested lists.
orig = [[1, 2], [3, 4]]
shallow = orig[:]
shallow2 = list(orig)
deep = [row[:] for row in orig]
orig[0].append(99)
orig.append([5])
print(orig, shallow, shallow2, deep)
print(shallow[0] is orig[0], deep[0] is orig[0])
c = orig.copy()
print(c == orig, c is orig)
grid = [[0] * 3 for _ in range(3)]
for i in range(3):
    grid[i][i] = 1
print(grid)
flat = [x for row in grid for x in row]
print(flat, sum(flat))
transposed = [list(col) for col in zip(*[[1, 2, 3], [4, 5, 6]])]
print(transposed)
