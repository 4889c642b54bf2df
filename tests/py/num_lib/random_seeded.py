# random: int/str/bytes/float seeds, every method and distribution, state, subclasses, errors.
import random
for seed in [0, 1, 42, -5, 2**32, 2**64 + 7, 10**40, "hello", "", "héllo wörld", b"bytes", 3.75, -0.5, True]:
    random.seed(seed)
    print(repr(seed) if not isinstance(seed, bytes) else list(seed), random.random(), random.getrandbits(70), random.randrange(10**30), random.randint(-50, 50))
random.seed("abc", version=1)
print(random.random())
random.seed(b"abc", version=1)
print(random.random())
r = random.Random(123)
print([r.random() for _ in range(3)])
print([r.getrandbits(k) for k in (0, 1, 5, 31, 32, 33, 63, 64, 65, 100, 200)])
print([r.randrange(0, 100, 7) for _ in range(10)], [r.randrange(100, 0, -3) for _ in range(5)], r.randrange(-10, 10))
print([r.randint(1, 6) for _ in range(20)])
print([r.choice("abcdefgh") for _ in range(10)], r.choice(range(10**6)), r.choice((1, 2, 3)))
deck = list(range(52))
r.shuffle(deck)
print(deck)
print(r.sample(range(1000), 10), r.sample(range(30), 10), r.sample("abcdefghij", 10), r.sample(range(100000), 3))
print(r.sample(range(10**9), 8))
print(r.sample(["a", "b", "c"], 5, counts=[1, 2, 3]) if False else r.sample(["a", "b", "c"], 4, counts=[1, 2, 3]))
print(r.choices(range(5), k=10))
print(r.choices("abc", weights=[5, 1, 1], k=10), r.choices("abc", cum_weights=[1, 1.5, 10], k=5), r.choices([1, 2], [0.5, 0.5]))
print(r.uniform(1, 10), r.uniform(2.5, -2.5), r.uniform(0, 2**70))
print(r.triangular(), r.triangular(0, 10), r.triangular(0, 10, 9), r.triangular(5, 5, 5), r.triangular(1, 3, 1))
print(r.gauss(), r.gauss(), r.gauss(10, 2), r.gauss(mu=1, sigma=0.1))
print(r.normalvariate(), r.normalvariate(100, 15), r.lognormvariate(0, 1))
print(r.expovariate(1.5), r.expovariate(10), r.vonmisesvariate(1.0, 4.0), r.vonmisesvariate(0, 0))
print(r.gammavariate(0.5, 2), r.gammavariate(1.0, 3), r.gammavariate(7.5, 1), r.betavariate(2, 3), r.betavariate(0.5, 0.5))
print(r.paretovariate(3), r.weibullvariate(1, 2.5), list(r.randbytes(10)), list(r.randbytes(0)), list(r.randbytes(3)))
st = r.getstate()
a = [r.random() for _ in range(5)]
r.setstate(st)
print(a == [r.random() for _ in range(5)], st[0], len(st[1]), st[2])
g = random.Random(9)
g.gauss()
st = g.getstate()
print(st[2] is not None, g.gauss() == (g.setstate(st) or g.gauss()))
class MyRandom(random.Random):
    def random(self):
        return 0.25
m = MyRandom(5)
print(m.random(), m.uniform(0, 8), m.choice("abcd"), m.randrange(100), m.gauss(), m.expovariate(1))
class Bits(random.Random):
    def getrandbits(self, k):
        return 1 if k < 3 else 3
b = Bits(1)
print(b.randrange(10), b.choice("xyz"))
print(isinstance(r, random.Random), type(r).__name__, random.Random.__name__, random.BPF, random.TWOPI, random.NV_MAGICCONST, random.LOG4, random.SG_MAGICCONST, random.RECIP_BPF)
for expr in ["random.seed([1])", "random.randrange(0)", "random.randrange(1, 1)", "random.randrange(1, 10, 0)", "random.randrange(10, 1, 2)", "random.randrange(1.5)", "random.randrange(2.0)", "random.randrange(5, step=2)", "random.randint(5, 1)", "random.choice([])", "random.sample({1, 2}, 1)", "random.sample([1], 2)", "random.choices([1, 2], [1])", "random.choices([1, 2], 2)", "random.choices([1, 2], weights=[0, 0])", "random.choices([1, 2], [1, 2], cum_weights=[1, 2])", "random.getrandbits(-1)", "random.gammavariate(0, 1)", "random.setstate((3, (1, 2), None))", "random.setstate((9, (1, 2), None))", "random.expovariate()", "random.shuffle((1, 2))", "random.Random(1, 2)"]:
    try:
        print(expr, "->", eval(expr))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)
random.seed(2024)
print(random.random(), random.randrange(1000), random.sample(range(50), 5))
