# math: argument handling and CPython's error classes and messages.
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
cases = ["math.sqrt()", "math.sqrt(1, 2)", "math.sqrt('x')", "math.pow(1)", "math.log()", "math.log(1, 2, 3)", "math.log(8, 1)",
         "math.log(0)", "math.log(-1)", "math.log(10**400)", "math.log(10**400, 10)", "math.log2(2**2000)", "math.log10(10**500)",
         "math.log(0.0)", "math.log(True)", "math.log(-10**400)", "math.factorial(2.5)", "math.factorial(-1)", "math.factorial(2**70)",
         "math.factorial(True)", "math.factorial(0)", "math.gcd()", "math.gcd(2.5)", "math.lcm()", "math.lcm(0, 5)", "math.lcm(-4, 6)",
         "math.gcd(-4, 6)", "math.comb(5, -1)", "math.comb(-5, 2)", "math.comb(3, 5)", "math.comb(5)", "math.perm(5)", "math.perm(5, 7)",
         "math.perm(-1, 2)", "math.isqrt(-1)", "math.isqrt(2.0)", "math.isqrt(True)", "math.isclose(1, 1.0000000001)",
         "math.isclose(1, 2, rel_tol=-1)", "math.isclose(1, 2, 3)", "math.isclose(a=1, b=1)", "math.floor('x')", "math.trunc('x')",
         "math.floor(math.inf)", "math.floor(math.nan)", "math.floor(1e300)", "math.ceil(-0.5)", "math.trunc(-2.7)", "math.floor(True)",
         "math.ldexp(1, 1024)", "math.ldexp(1.0, 2.0)", "math.ldexp(1.0, -2000)", "math.ldexp(1.0, 10**30)", "math.ldexp(0.0, 10**30)",
         "math.ldexp(-1.0, -10**30)", "math.frexp(0.0)", "math.frexp(float('inf'))", "math.frexp(5e-324)", "math.modf(-3.0)",
         "math.modf(float('inf'))", "math.modf(-0.5)", "math.fmod(1, 0)", "math.fmod(math.inf, 1)", "math.fmod(1, math.inf)",
         "math.fmod(-7, 3)", "math.remainder(5, 3)", "math.remainder(5, 0)", "math.remainder(7.5, 2)", "math.pow(0, -1)",
         "math.pow(-8, 1/3)", "math.pow(10, 400)", "math.pow(float('nan'), 0)", "math.pow(1, float('nan'))", "math.pow(-2, math.inf)",
         "math.pow(math.inf, -1)", "math.pow(-math.inf, 3)", "math.pow(-math.inf, 2)", "math.pow(0.5, -math.inf)", "math.pow(-1, math.inf)",
         "math.exp(1000)", "math.exp(-1000)", "math.cosh(1000)", "math.sinh(-1000)", "math.atanh(1)", "math.acosh(0)", "math.asin(2)",
         "math.gamma(0)", "math.gamma(-1)", "math.gamma(-1.5)", "math.gamma(200)", "math.gamma(171.7)", "math.gamma(0.5)",
         "math.gamma(1e-30)", "math.gamma(-300.5)", "math.gamma(math.inf)", "math.gamma(-math.inf)", "math.lgamma(0)", "math.lgamma(-2)",
         "math.lgamma(1e308)", "math.lgamma(math.inf)", "math.erf(0.5)", "math.erfc(30)", "math.hypot()", "math.hypot(-3)",
         "math.hypot(3, 4, 12)", "math.hypot(math.inf, math.nan)", "math.hypot(1e-320, 3e-320)", "math.hypot(1e307, 1e307)",
         "math.dist((1, 2), (3,))", "math.dist([1, 2], [4, 6])", "math.dist((), ())", "math.prod([])", "math.prod([1, 2.5])",
         "math.prod([2, 3], start=2)", "math.prod([[1]], start=2)", "math.fsum([1e308, 1e308])", "math.fsum([math.inf, -math.inf])",
         "math.fsum([math.inf, 1])", "math.fsum([1e308, 1e308, math.inf])", "math.fsum(['a'])", "math.copysign(1, -0.0)",
         "math.copysign('a', 1)", "math.atan2(0, -1)", "math.atan2(-0.0, -1)", "math.atan2(math.inf, -math.inf)", "math.degrees(math.pi)",
         "math.radians(180)", "math.nextafter(1, 2)", "math.nextafter(0.0, -1)", "math.nextafter(5e-324, 0)", "math.ulp(1)", "math.ulp(0)",
         "math.ulp(math.inf)", "math.ulp(1.7976931348623157e308)", "math.cbrt(27)", "math.cbrt(-8)", "math.exp2(10)", "math.exp2(1024)",
         "math.isfinite('a')", "math.isnan(10**400)", "math.isinf(1e308 * 10)", "math.sqrt(-0.0)", "math.sqrt(10**400)", "math.fabs(-2)",
         "math.expm1(1e-10)", "math.log1p(-1)", "math.log1p(-0.0)"]
for c in cases:
    try:
        print(c, "->", repr(eval(c)))
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(c, "!!", type(e).__name__, e)
class Fl:
    def __float__(self):
        return 2.25
class Ix:
    def __index__(self):
        return 9
class Fr:
    def __floor__(self):
        return "floor!"
    def __ceil__(self):
        return "ceil!"
    def __trunc__(self):
        return "trunc!"
print(math.sqrt(Fl()), math.sqrt(Ix()), math.factorial(Ix()), math.isqrt(Ix()), math.gcd(Ix(), 6), math.floor(Fl()), math.ceil(Ix()))
print(math.floor(Fr()), math.ceil(Fr()), math.trunc(Fr()))
