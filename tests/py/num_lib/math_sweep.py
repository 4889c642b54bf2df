# hypot, dist, fsum, prod, logs of big ints and combinatorics on pseudo-random inputs.
import random, math
random.seed(11)
for i in range(300):
    n = random.randint(2, 6)
    pts = [random.uniform(-1e3, 1e3) * 10 ** random.randint(-5, 5) for _ in range(n)]
    q = [random.gauss(0, 100) for _ in range(n)]
    print(math.hypot(*pts).hex(), math.dist(pts, q).hex(), math.fsum(pts + q).hex(), math.prod(pts).hex())
for i in range(100):
    xs = [random.uniform(-1, 1) * 10 ** random.randint(-20, 20) for _ in range(random.randint(1, 40))]
    print(math.fsum(xs).hex(), sum(xs).hex())
for i in range(100):
    b = random.getrandbits(random.randint(1, 3000)) + 1
    print(math.log(b).hex(), math.log2(b).hex(), math.log10(b).hex(), math.log(b, 7).hex(), math.isqrt(b) % 1000003)
for n in range(0, 60, 7):
    for k in range(0, n + 2, 5):
        print(math.comb(n, k), math.perm(n, k), end=" ")
print()
print(math.comb(1000, 500) % 10**20, math.perm(1000, 20) % 10**20, math.factorial(2000) % 10**30)
print(math.gcd(*[random.getrandbits(200) * 6 for _ in range(5)]) % 6, math.lcm(*range(1, 30)))
x = 1.0
for i in range(200):
    x = x * 1.37 + 0.001 * i
    if x > 1e300:
        x = x * 1e-290
    print(math.cbrt(x).hex(), math.cbrt(-1 / x).hex(), math.gamma(x % 170 + 0.01).hex(), math.lgamma(-x % 300 - 150.37).hex())
