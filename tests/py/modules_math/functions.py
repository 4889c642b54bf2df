# math functions on exact inputs.
import math
print(math.sqrt(16), math.sqrt(2), math.floor(2.7), math.ceil(2.1), math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7))
print(math.pow(2, 10), math.exp(0), math.exp(1), math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024), math.log1p(0))
print(math.fabs(-3), math.factorial(20), math.gcd(12, 18), math.gcd(0, 5), math.lcm(4, 6), math.comb(10, 3), math.perm(5, 2))
print(math.hypot(3, 4), math.copysign(1, -0.0), math.fmod(7, -3), math.modf(3.5), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.isqrt(10**20 + 1), math.isqrt(99), math.prod([1, 2, 3, 4]), math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.isclose(0.1 + 0.2, 0.3), math.isfinite(1e308), math.isinf(float("inf")), math.isnan(float("nan")))
print(type(math.floor(2.5)).__name__, math.floor(10**20 + 0.5) if False else math.floor(1e20), math.dist((0, 0), (3, 4)))
print(math.factorial(30), math.gcd(2**100, 6**50))
