import operator as op
import heapq, bisect, keyword
print(op.add(1, 2), op.sub(5, 3), op.mul('a', 3), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 10), op.neg(4), op.pos(-4), op.abs(-3))
print(op.eq(1, 1), op.ne(1, 2), op.lt(1, 2), op.le(2, 2), op.gt(1, 2), op.ge(3, 2), op.not_(0), op.truth([]), op.is_(None, None), op.is_not(1, None))
print(op.and_(6, 3), op.or_(6, 3), op.xor(6, 3), op.lshift(1, 4), op.rshift(16, 2), op.invert(5), op.inv(0), op.index(7))
print(op.concat([1], [2]), op.contains([1, 2], 2), op.countOf([1, 2, 1], 1), op.indexOf('abc', 'c'), op.getitem({'a': 1}, 'a'))
l = [1, 2, 3]; op.setitem(l, 0, 9); op.delitem(l, 1); print(l, op.iadd([1], [2]), op.iconcat([1], (2,)), op.imul(2, 3))
try:
    op.concat(1, 2)
except TypeError as e:
    print(e)
try:
    op.indexOf([1], 5)
except ValueError as e:
    print(e)
ig = op.itemgetter(1); ig2 = op.itemgetter(0, 2); ag = op.attrgetter('real'); ag2 = op.attrgetter('real', 'imag')
print(ig('abc'), ig2('abc'), ag(5), ag2(5), ig, ig2, ag, op.methodcaller('split', ','), op.methodcaller('replace', 'a', 'b'))
class N:
    pass
n = N(); n.a = N(); n.a.b = 42; print(op.attrgetter('a.b')(n), op.methodcaller('upper')('x'), op.length_hint([1, 2]), op.length_hint(N(), 5))
print(sorted([(1, 'b'), (0, 'c'), (1, 'a')], key=op.itemgetter(1)), list(map(op.itemgetter(0), [(1, 2), (3, 4)])))
h = []
for x in [5, 1, 8, 3, 2, 7, 1, 9]:
    heapq.heappush(h, x)
    print(h)
print([heapq.heappop(h) for _ in range(len(h))])
data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0, 11, 10]; heapq.heapify(data); print(data)
print(heapq.heapreplace(data, 12), data, heapq.heappushpop(data, -1), heapq.heappushpop(data, 4), data)
print(heapq.nlargest(3, [5, 1, 9, 3, 9]), heapq.nsmallest(2, [5, 1, 9, 3]), heapq.nlargest(2, ['aa', 'b', 'ccc'], key=len), heapq.nsmallest(10, [3, 1]))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])), list(heapq.merge([3, 1], [2], reverse=True)), list(heapq.merge(['a', 'bb'], ['c'], key=len)))
tasks = []
heapq.heappush(tasks, (2, 'write')); heapq.heappush(tasks, (1, 'read')); heapq.heappush(tasks, (3, 'run'))
print(heapq.heappop(tasks), tasks)
try:
    heapq.heappop([])
except IndexError as e:
    print(e)
a = [1, 2, 4, 4, 8]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 0), bisect.bisect(a, 9), bisect.bisect_left(a, 4, 3), bisect.bisect_right(a, 4, 0, 2))
bisect.insort(a, 3); bisect.insort_left(a, 4); bisect.insort_right(a, 10); print(a)
recs = [(1, 'a'), (3, 'b'), (5, 'c')]
print(bisect.bisect_left(recs, 3, key=lambda r: r[0]), bisect.bisect_right(recs, 3, key=lambda r: r[0]))
bisect.insort(recs, (4, 'x'), key=lambda r: r[0]); print(recs)
try:
    bisect.bisect([1], 1, -1)
except ValueError as e:
    print(e)
print(keyword.iskeyword('if'), keyword.iskeyword('print'), keyword.issoftkeyword('match'), len(keyword.kwlist), keyword.kwlist[:5], keyword.softkwlist)
