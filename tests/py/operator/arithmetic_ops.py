# operator module arithmetic and comparison functions.
import operator as op
print(op.add(2, 3), op.sub(2, 3), op.mul(2, 3), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 8), op.neg(5), op.pos(-5), op.abs(-3))
print(op.and_(6, 3), op.or_(6, 3), op.xor(6, 3), op.invert(5), op.lshift(1, 4), op.rshift(16, 2), op.not_(0), op.truth([]))
print(op.eq(1, 1), op.ne(1, 2), op.lt(1, 2), op.le(2, 2), op.gt(1, 2), op.ge(3, 2), op.is_(None, None), op.is_not(1, None))
print(op.concat([1], [2]), op.contains("abc", "b"), op.getitem([1, 2], 1), op.countOf([1, 1, 2], 1), op.indexOf("abc", "c"))
lst = [1, 2, 3]
op.setitem(lst, 0, 9); op.delitem(lst, 1)
print(lst, op.iadd([1], [2]), op.index(5), op.length_hint([1, 2]))
from functools import reduce
print(reduce(op.mul, range(1, 11)), list(map(op.mul, [1, 2], [3, 4])))
