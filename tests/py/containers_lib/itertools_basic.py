import itertools as it
from itertools import count, cycle, repeat, chain, islice, accumulate, starmap, takewhile, dropwhile, compress, filterfalse, zip_longest, pairwise, product, permutations, combinations, combinations_with_replacement, groupby, tee
print(list(islice(count(), 5)), list(islice(count(10, 3), 4)), list(islice(count(1.5, 0.5), 3)), list(islice(count(2**63 - 2), 3)))
print(list(islice(cycle('abc'), 7)), list(cycle([])), list(repeat('x', 3)), list(repeat(1, -2)), list(islice(repeat(0), 2)))
print(list(chain('ab', [1, 2], ())), list(chain.from_iterable(['ab', 'cd'])), list(chain()))
print(list(islice('abcdefg', 2)), list(islice('abcdefg', 2, 4)), list(islice('abcdefg', 2, None)), list(islice('abcdefg', 0, None, 2)), list(islice('abcdefg', 1, 6, 3)))
for bad in [lambda: islice('a', -1), lambda: islice('a', 0, 1, 0), lambda: islice('a', 'x'), lambda: islice('a', -1, 2)]:
    try:
        bad()
    except ValueError as e:
        print('ValueError', e)
src = iter(range(10)); print(list(islice(src, 3)), next(src))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], lambda a, b: a * b)), list(accumulate([1, 2], initial=100)), list(accumulate([])), list(accumulate([], initial=5)))
print(list(starmap(lambda a, b: a ** b, [(2, 3), (3, 2)])), list(takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(dropwhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(compress('abcdef', [1, 0, 1, 0, 1, 1])), list(filterfalse(lambda x: x % 2, range(6))), list(filterfalse(None, [0, 1, 2])))
print(list(zip_longest('ab', 'xyz')), list(zip_longest('ab', 'x', fillvalue='-')), list(zip_longest()), list(pairwise('abcd')), list(pairwise('a')))
print(list(product('ab', repeat=2)), list(product([1, 2], 'xy')), list(product()), list(product([], [1])))
print(list(permutations('abc', 2)), list(permutations([1, 2, 3])), list(permutations('ab', 3)), list(permutations([], 0)))
print(list(combinations('abcd', 2)), list(combinations(range(4), 3)), list(combinations('ab', 0)), list(combinations('ab', 3)))
print(list(combinations_with_replacement('abc', 2)), list(combinations_with_replacement([], 0)), list(combinations_with_replacement([], 2)))
print([(k, list(g)) for k, g in groupby('aaabbcaa')], [(k, list(g)) for k, g in groupby([1, 3, 2, 4, 5], key=lambda x: x % 2)])
gs = groupby('aabbb'); k1, g1 = next(gs); k2, g2 = next(gs); print(k1, list(g1), k2, list(g2), list(gs))
a, b = tee([1, 2, 3]); print(list(a), list(b)); x, y, z = tee('ab', 3); print(next(x), list(y), list(z), list(x))
print(tee([], 0), len(tee('a')))
print(type(count()).__name__, isinstance(chain(), chain), it.count, type(tee('a')[0]).__name__)
try:
    combinations('abc', -1)
except ValueError as e:
    print(e)
try:
    list(product('a', repeat=-1))
except ValueError as e:
    print(e)
try:
    combinations('abc')
except TypeError as e:
    print(e)
print(len(list(permutations(range(6)))), len(list(combinations(range(10), 4))))
print(dict(zip_longest('abc', range(2))), list(map(list, chain([[1]], [[2]]))))
