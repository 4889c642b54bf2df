# Attribute access: instance reads and writes, class attributes, properties, slots-free objects.
import sys
import time


class Vec:
    dims = 3

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    @property
    def norm1(self):
        return abs(self.x) + abs(self.y) + abs(self.z)


def main():
    t0 = time.perf_counter()
    vs = [Vec(i, -i, i % 7) for i in range(1000)]
    acc = 0
    for rnd in range(2000):
        for v in vs:
            v.x = v.x + 1
            v.y -= 1
            acc += v.x - v.y + v.z * v.dims
        acc += vs[rnd % len(vs)].norm1
        acc %= 1000000007
    dt = time.perf_counter() - t0
    print(f"attrs acc {acc} first ({vs[0].x}, {vs[0].y}, {vs[0].z})")
    sys.stderr.write(f"METRIC inner_s {dt:.4f}\n")


main()
