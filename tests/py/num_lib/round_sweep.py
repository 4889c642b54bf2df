# round() at many precisions, hex round trips, floor/ceil/int/hash of pseudo-random floats.
import random, math
random.seed(7)
vals = [(random.random() - 0.5) * 10.0 ** random.randint(-30, 30) for i in range(400)]
vals += [0.5, 1.5, 2.5, -0.5, -2.5, 0.125, 0.375, 2.675, 1.005, 5e-324, 1e308, -1e-308, 123456.5, 0.0, -0.0]
for v in vals:
    for nd in (None, 0, 1, 2, 3, -1, -2, 5, 10):
        r = round(v) if nd is None else round(v, nd)
        print(repr(r), end=" ")
    print(v.hex(), float.fromhex(v.hex()) == v, v.as_integer_ratio()[1] % 1000, math.floor(v), math.ceil(v), int(v), hash(v))
