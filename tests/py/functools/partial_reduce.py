# functools.partial and reduce.
from functools import partial, reduce
import operator
def power(base, exp, mod=None):
    return pow(base, exp, mod)
square = partial(power, exp=2)
cube_mod = partial(power, exp=3, mod=7)
print(square(5), square(base=4), cube_mod(3), partial(power, 2)(10))
print(square.func is power, square.args, square.keywords)
print(reduce(operator.add, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6)), reduce(operator.add, [], 0), reduce(max, [3, 9, 2]))
print(reduce(lambda acc, x: acc + [x * 2], [1, 2], []), reduce(operator.concat, ["a", "b", "c"]))
try:
    reduce(operator.add, [])
except TypeError as e:
    print(type(e).__name__, e)
p2 = partial(partial(print, "a"), "b", sep="-")
p2("c")
