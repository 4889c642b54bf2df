# Method calls: bound methods, inheritance and super(), polymorphic dispatch, dunder methods.
import sys
import time


class Shape:
    def __init__(self, k):
        self.k = k

    def area(self):
        return 0

    def scaled(self, f):
        return self.area() * f


class Square(Shape):
    def area(self):
        return self.k * self.k


class Rect(Shape):
    def __init__(self, k, w):
        super().__init__(k)
        self.w = w

    def area(self):
        return self.k * self.w


class Counter:
    def __init__(self):
        self.n = 0

    def __call__(self, v):
        self.n += v
        return self.n

    def __len__(self):
        return self.n % 97

    def __eq__(self, other):
        return isinstance(other, Counter) and self.n == other.n


def main():
    t0 = time.perf_counter()
    shapes = []
    for i in range(200):
        shapes.append(Square(i) if i % 2 else Rect(i, i + 1))
    c = Counter()
    total = 0
    for rnd in range(8000):
        for s in shapes:
            total += s.scaled(2) + s.area()
        total %= 1000000007
        c(rnd)
        total += len(c)
    other = Counter()
    other(c.n)
    dt = time.perf_counter() - t0
    print(f"methods total {total} counter {c.n} equal {c == other}")
    sys.stderr.write(f"METRIC inner_s {dt:.4f}\n")


main()
