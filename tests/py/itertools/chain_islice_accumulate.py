# chain, islice, accumulate, starmap, takewhile, dropwhile, compress, tee, pairwise.
from itertools import chain, islice, accumulate, starmap, takewhile, dropwhile, compress, tee, pairwise, filterfalse
import operator
print(list(chain([1, 2], "ab", (3,))), list(chain.from_iterable([[1], [2, 3]])))
print(list(islice(range(10), 3)), list(islice(range(10), 2, 8, 2)), list(islice("abc", 1, None)))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3, 4], operator.mul)), list(accumulate([3, 1, 5], max)), list(accumulate([1, 2], initial=100)))
print(list(starmap(pow, [(2, 3), (3, 2)])), list(takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(dropwhile(lambda x: x < 3, [1, 2, 5, 1])))
print(list(compress("abcdef", [1, 0, 1, 0, 1, 1])), list(filterfalse(lambda x: x % 2, range(6))))
a, b = tee([1, 2, 3])
print(list(a), list(b), list(pairwise("abcd")))
try:
    list(islice(range(3), -1))
except ValueError as e:
    print(type(e).__name__, e)
