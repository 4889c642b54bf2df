"""The cmath module (frozen into gilpy): mathematical functions of complex numbers,
computed from their real-valued formulas with the math module (branch cuts as in CPython;
results may differ from CPython's in the last digits)."""

import math as _m

pi = _m.pi
e = _m.e
tau = _m.tau
inf = _m.inf
nan = _m.nan
infj = complex(0.0, inf)
nanj = complex(0.0, nan)


def _c(z):
    if isinstance(z, complex):
        return z
    if isinstance(z, (int, float)):
        return complex(z)
    for hook in ('__complex__', '__float__', '__index__'):
        if hasattr(type(z), hook):
            return complex(z)
    raise TypeError("must be real number, not %s" % type(z).__name__)


def phase(z):
    z = _c(z)
    return _m.atan2(z.imag, z.real)


def polar(z):
    z = _c(z)
    return abs(z), _m.atan2(z.imag, z.real)


def rect(r, phi):
    r, phi = float(r), float(phi)
    if phi == 0.0:
        return complex(r, phi * r if _m.isfinite(r) else phi)
    return complex(r * _m.cos(phi), r * _m.sin(phi))


def exp(z):
    z = _c(z)
    if z.imag == 0.0:
        return complex(_m.exp(z.real), z.imag)
    l = _m.exp(z.real)
    return complex(l * _m.cos(z.imag), l * _m.sin(z.imag))


def log(z, base=None):
    z = _c(z)
    if z.real == 0.0 and z.imag == 0.0:
        raise ValueError("math domain error")
    r = complex(_m.log(abs(z)), _m.atan2(z.imag, z.real))
    if base is not None:
        r = r / log(base)
    return r


def log10(z):
    r = log(z)
    return complex(r.real / _m.log(10.0), r.imag / _m.log(10.0))


def sqrt(z):
    z = _c(z)
    if z.real == 0.0 and z.imag == 0.0:
        return complex(0.0, z.imag)
    if not (_m.isfinite(z.real) and _m.isfinite(z.imag)):
        if _m.isinf(z.imag):
            return complex(inf, z.imag)
        if _m.isinf(z.real):
            if z.real > 0:
                return complex(z.real, _m.copysign(0.0 if _m.isfinite(z.imag) else z.imag,
                                                   z.imag))
            return complex(abs(z.imag - z.imag), _m.copysign(inf, z.imag))
        return complex(nan, nan)
    ax, ay = abs(z.real), abs(z.imag)
    s = 2.0 * _m.sqrt(ax / 8.0 + _m.hypot(ax / 8.0, ay / 8.0))
    d = ay / (2.0 * s)
    if z.real >= 0.0:
        return complex(s, _m.copysign(d, z.imag))
    return complex(d, _m.copysign(s, z.imag))


def cosh(z):
    z = _c(z)
    return complex(_m.cosh(z.real) * _m.cos(z.imag), _m.sinh(z.real) * _m.sin(z.imag))


def sinh(z):
    z = _c(z)
    return complex(_m.sinh(z.real) * _m.cos(z.imag), _m.cosh(z.real) * _m.sin(z.imag))


def tanh(z):
    z = _c(z)
    if abs(z.real) > 354.0:
        return complex(_m.copysign(1.0, z.real),
                       4.0 * _m.sin(z.imag) * _m.cos(z.imag) * _m.exp(-2.0 * abs(z.real)))
    d = _m.cosh(2.0 * z.real) + _m.cos(2.0 * z.imag)
    return complex(_m.sinh(2.0 * z.real) / d, _m.sin(2.0 * z.imag) / d)


def cos(z):
    z = _c(z)
    return cosh(complex(-z.imag, z.real))


def sin(z):
    z = _c(z)
    r = sinh(complex(-z.imag, z.real))
    return complex(r.imag, -r.real)


def tan(z):
    z = _c(z)
    r = tanh(complex(-z.imag, z.real))
    return complex(r.imag, -r.real)


def asinh(z):
    z = _c(z)
    s1 = sqrt(complex(1.0 + z.imag, -z.real))
    s2 = sqrt(complex(1.0 - z.imag, z.real))
    return complex(_m.asinh(s1.real * s2.imag - s2.real * s1.imag),
                   _m.atan2(z.imag, s1.real * s2.real - s1.imag * s2.imag))


def asin(z):
    z = _c(z)
    r = asinh(complex(-z.imag, z.real))
    return complex(r.imag, -r.real)


def acos(z):
    z = _c(z)
    s1 = sqrt(complex(1.0 - z.real, -z.imag))
    s2 = sqrt(complex(1.0 + z.real, z.imag))
    return complex(2.0 * _m.atan2(s1.real, s2.real),
                   _m.asinh(s2.real * s1.imag - s2.imag * s1.real))


def acosh(z):
    z = _c(z)
    s1 = sqrt(complex(z.real - 1.0, z.imag))
    s2 = sqrt(complex(z.real + 1.0, z.imag))
    return complex(_m.asinh(s1.real * s2.real + s1.imag * s2.imag),
                   2.0 * _m.atan2(s1.imag, s2.real))


def atanh(z):
    z = _c(z)
    if z.real < 0.0:
        r = atanh(complex(-z.real, -z.imag))
        return complex(-r.real, -r.imag)
    x, y = z.real, z.imag
    ay = abs(y)
    if x == 1.0 and ay == 0.0:
        raise ValueError("math domain error")
    real = _m.log1p(4.0 * x / ((1.0 - x) * (1.0 - x) + ay * ay)) / 4.0
    imag = -_m.atan2(-2.0 * y, (1.0 - x) * (1.0 + x) - ay * ay) / 2.0
    return complex(real, imag)


def atan(z):
    z = _c(z)
    r = atanh(complex(-z.imag, z.real))
    return complex(r.imag, -r.real)


def isfinite(z):
    z = _c(z)
    return _m.isfinite(z.real) and _m.isfinite(z.imag)


def isinf(z):
    z = _c(z)
    return _m.isinf(z.real) or _m.isinf(z.imag)


def isnan(z):
    z = _c(z)
    return _m.isnan(z.real) or _m.isnan(z.imag)


def isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0):
    a, b = _c(a), _c(b)
    if rel_tol < 0.0 or abs_tol < 0.0:
        raise ValueError("tolerances must be non-negative")
    if a == b:
        return True
    if isinf(a) or isinf(b):
        return False
    diff = abs(b - a)
    return diff <= abs(rel_tol * b) or diff <= abs(rel_tol * a) or diff <= abs_tol
