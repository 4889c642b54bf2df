# count, cycle, repeat (bounded with islice/zip).
from itertools import count, cycle, repeat, islice
print(list(islice(count(), 5)), list(islice(count(10, 3), 4)), list(islice(count(1.5, 0.5), 3)))
print(list(islice(cycle("ab"), 5)), list(repeat("x", 3)), list(zip(range(3), repeat(0))))
print(list(islice(count(5, -2), 4)), list(repeat(1, 0)), list(islice(cycle([]), 3)))
c = count(7)
print(next(c), next(c), c)
print(list(map(pow, range(4), repeat(2))))
