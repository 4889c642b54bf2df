# Function-call overhead: positional, keyword, default, *args/**kwargs, closures, builtins.
import sys
import time


def add(a, b):
    return a + b


def with_default(a, b=3):
    return a * b


def kw_only(a, *, scale=2):
    return a * scale


def varargs(*args):
    return len(args)


def kwargs(**kw):
    return len(kw)


def make_adder(k):
    def inner(x):
        return x + k
    return inner


def main():
    t0 = time.perf_counter()
    n = 600000
    inc = make_adder(7)
    total = 0
    for i in range(n):
        total = (total + add(i, 1)) % 1000000007
        total = (total + with_default(i)) % 1000000007
        total = (total + kw_only(i, scale=3)) % 1000000007
        total += varargs(i, i, i) + kwargs(a=i, b=i)
        total = (total + inc(i)) % 1000000007
        total += abs(-i) % 3 + len("abc")
    dt = time.perf_counter() - t0
    print(f"calls total {total}")
    sys.stderr.write(f"METRIC inner_s {dt:.4f}\n")


main()
