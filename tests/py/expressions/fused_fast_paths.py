# The eval loop folds simple instruction sequences (a local or constant with arithmetic,
# comparisons, stores, conditional jumps, subscripts with small index expressions); every
# edge case must behave as the unfolded instructions would.


class L(list):
    def __getitem__(self, i):
        return ("sub", list.__getitem__(self, i))

    def __setitem__(self, i, v):
        list.__setitem__(self, i, ("set", v))


def arith(a, b):
    x = a + b
    y = a * b - 1
    z = x * y // 3 % 7
    big = a * 4611686018427387904 + b
    f = a / 2 + b * 0.5
    p = 2.0 ** (a % 50)
    s = a << 40
    return x, y, z, big, f, p, s, a - b < 0, a is None, a is not b


def subscripts(xs, i, j):
    out = [xs[i], xs[i + j], xs[i + j - 1], xs[-1], xs[j - i - 1]]
    xs[i + 1] = 99
    xs[j] = xs[i] + xs[j]
    return out, xs


def bad_index(xs, i):
    try:
        return xs[i + 100]
    except IndexError as e:
        return "IndexError: " + str(e)


def overflow_chain(n):
    v = n
    for _ in range(3):
        v = v * v + 1
    return v


def loop_sum(n):
    t = 0
    i = 0
    while i < n:
        if i % 3 == 0 or i == 7:
            t += i * 2
        i += 1
    return t


print(arith(3, 4))
print(arith(-7, 2))
print(arith(2**40, 3))
try:
    e = 5000
    print(2.0 ** e)
except OverflowError as exc:
    print("OverflowError:", exc)
print(subscripts([1, 2, 3, 4, 5], 1, 2))
print(subscripts(L([1, 2, 3, 4, 5]), 1, 2))
print(bad_index([1, 2], 0))
print(overflow_chain(1 << 20))
print(loop_sum(100))
x = 5
x = x * 3 + 2
print(x, x > 10, 1.5 + x, x - 0.5 == 16.5)
try:
    print(arith(1, 0.0) and 1 / (x - 17))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(arith(None, 1))
except TypeError as e:
    print("TypeError:", e)


def aug_store(xs, k, d):
    xs[k] -= d * 2
    xs[k + 1] += d
    xs[-1] *= 1.5
    return xs


print(aug_store([1.0, 2.0, 3.0], 0, 0.25))
class M(list):
    def __setitem__(self, i, v):
        list.__setitem__(self, i, v * 10)


print(aug_store(M([1, 2, 3]), 0, 1))
print(aug_store({0: 5, 1: 6, -1: 7}, 0, 1))
try:
    aug_store([1, 2], 1, 1)
except IndexError as e:
    print("IndexError:", e)
