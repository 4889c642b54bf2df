# list operators: +, *, comparisons, membership, indexing, slicing assignment.
a = [1, 2, 3]
print(a + [4], a * 2, [0] * 0, 2 * a, a == [1, 2, 3], a != [1, 2], a < [1, 3], [1, 2] < [1, 2, 0], [] < [0])
print(a[0], a[-1], a[1:], a[::-1], 2 in a, 5 not in a, len(a), a[-3])
b = a
b += [4]
print(a, a is b)
c = a
c = c + [5]
print(a, c, a is c)
m = [[0] * 3 for _ in range(2)]
m[0][0] = 1
print(m)
alias = [[0] * 2] * 2
alias[0][0] = 9
print(alias)
a[1:3] = [20, 30, 35]
print(a)
a[:0] = ["start"]
print(a)
a[len(a):] = ["end"]
print(a)
try:
    a[99] = 1
except IndexError as e:
    print(type(e).__name__, e)
try:
    [1, 2] + (3,)
except TypeError as e:
    print(type(e).__name__, e)
print(list(range(3)) * 2, [None] * 3, [[]] * 2)
print(max([[1, 2], [1, 3]]), sorted([[2], [1, 5], [1]]), [1, 2, 3].__len__())
x = [1, 2, 3]
x[1] = x
print(x)
