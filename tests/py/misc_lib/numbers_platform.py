# numbers: the numeric ABCs know the built-in numbers; platform and os.uname describe the host.
import numbers, platform, os
from fractions import Fraction
for v in (1, True, 1.5, 1j, Fraction(1, 3), "s", None):
    print(repr(v), [isinstance(v, c) for c in (numbers.Number, numbers.Complex, numbers.Real,
                                              numbers.Rational, numbers.Integral)])
print(issubclass(int, numbers.Integral), issubclass(float, numbers.Rational))
class MyReal(numbers.Real):
    pass
try:
    MyReal()
except TypeError:
    print("abstract methods left")
u = os.uname()
print(type(u).__name__, len(u), u.sysname == platform.system(), u.machine == platform.machine())
print(platform.python_version() == "%d.%d.%d" % __import__("sys").version_info[:3])
print(platform.python_version_tuple()[:2], platform.architecture()[0])
