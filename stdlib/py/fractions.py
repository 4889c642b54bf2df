"""The fractions module (frozen into gilpy): exact rational numbers.

A Fraction is always stored normalised: the denominator is positive and shares no factor
with the numerator. Its hash equals the hash of an equal int or float.
"""

import math

__all__ = ['Fraction']

# sys.hash_info.modulus and sys.hash_info.inf on 64-bit builds.
_HASH_MODULUS = 2 ** 61 - 1
_HASH_INF = 314159
_DIGITS = '0123456789'


def _parse_digits(s):
    """int of a run of ASCII digits with single underscores between them, else None."""
    if not s or s[0] not in _DIGITS or s[-1] not in _DIGITS or '__' in s:
        return None
    for c in s:
        if c not in _DIGITS and c != '_':
            return None
    return int(s.replace('_', ''))


def _parse(text):
    """(numerator, denominator) of a fraction literal, or None if it is not one."""
    s = text.strip()
    sign = 1
    if s[:1] in ('+', '-'):
        if s[0] == '-':
            sign = -1
        s = s[1:]
    if '/' in s:
        top, _, bottom = s.partition('/')
        n = _parse_digits(top)
        d = _parse_digits(bottom)
        if n is None or d is None:
            return None
        return sign * n, d
    exp = 0
    for marker in ('e', 'E'):
        if marker in s:
            s, _, e = s.partition(marker)
            esign = 1
            if e[:1] in ('+', '-'):
                if e[0] == '-':
                    esign = -1
                e = e[1:]
            ev = _parse_digits(e)
            if ev is None:
                return None
            exp = esign * ev
            break
    whole, dot, frac = s.partition('.')
    if not whole and not frac:
        return None
    n = 0
    if whole:
        n = _parse_digits(whole)
        if n is None:
            return None
    d = 1
    if frac:
        f = _parse_digits(frac)
        if f is None:
            return None
        scale = 10 ** len(frac.replace('_', ''))
        n = n * scale + f
        d = scale
    if exp >= 0:
        n = n * 10 ** exp
    else:
        d = d * 10 ** -exp
    return sign * n, d


def _is_rational(x):
    return isinstance(x, (int, Fraction))


class Fraction:
    """A rational number numerator/denominator, kept in lowest terms."""

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        self = object.__new__(cls)
        if denominator is None:
            if type(numerator) is int or isinstance(numerator, int):
                self._numerator = int(numerator)
                self._denominator = 1
                return self
            if isinstance(numerator, Fraction):
                self._numerator = numerator._numerator
                self._denominator = numerator._denominator
                return self
            if isinstance(numerator, float):
                n, d = numerator.as_integer_ratio()
                self._numerator = n
                self._denominator = d
                return self
            if isinstance(numerator, str):
                parsed = _parse(numerator)
                if parsed is None:
                    raise ValueError('Invalid literal for Fraction: %r' % (numerator,))
                numerator, denominator = parsed
            else:
                raise TypeError('argument should be a string or a Rational instance')
        elif _is_rational(numerator) and _is_rational(denominator):
            if isinstance(numerator, Fraction) or isinstance(denominator, Fraction):
                na, da = _pair(numerator)
                nb, db = _pair(denominator)
                numerator = na * db
                denominator = da * nb
            else:
                numerator = int(numerator)
                denominator = int(denominator)
        else:
            raise TypeError('both arguments should be Rational instances')
        if denominator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
        if _normalize:
            g = math.gcd(numerator, denominator)
            if denominator < 0:
                g = -g
            numerator //= g
            denominator //= g
        self._numerator = numerator
        self._denominator = denominator
        return self

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError('%s.from_float() only takes floats, not %r (%s)'
                            % (cls.__name__, f, type(f).__name__))
        n, d = f.as_integer_ratio()
        return cls(n, d)

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """The closest Fraction to self with denominator at most max_denominator."""
        if max_denominator < 1:
            raise ValueError('max_denominator should be at least 1')
        if self._denominator <= max_denominator:
            return Fraction(self)
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        bound1 = Fraction(p0 + k * p1, q0 + k * q1)
        bound2 = Fraction(p1, q1)
        if abs(bound2 - self) <= abs(bound1 - self):
            return bound2
        return bound1

    @property
    def numerator(self):
        return self._numerator

    @property
    def denominator(self):
        return self._denominator

    def __repr__(self):
        return '%s(%s, %s)' % (self.__class__.__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    # Arithmetic. Each operator handles Fraction/int exactly, floats by converting self to
    # float, and anything else with NotImplemented (gilpy has no complex type). Reflected
    # operators call the forward method directly rather than dispatching again.

    def __add__(a, b):
        if _is_rational(b):
            nb, db = _pair(b)
            return Fraction(a._numerator * db + nb * a._denominator, a._denominator * db)
        if isinstance(b, float):
            return float(a) + b
        return NotImplemented

    def __radd__(b, a):
        if _is_rational(a):
            return Fraction.__add__(Fraction(a), b)
        if isinstance(a, float):
            return a + float(b)
        return NotImplemented

    def __sub__(a, b):
        if _is_rational(b):
            nb, db = _pair(b)
            return Fraction(a._numerator * db - nb * a._denominator, a._denominator * db)
        if isinstance(b, float):
            return float(a) - b
        return NotImplemented

    def __rsub__(b, a):
        if _is_rational(a):
            return Fraction.__sub__(Fraction(a), b)
        if isinstance(a, float):
            return a - float(b)
        return NotImplemented

    def __mul__(a, b):
        if _is_rational(b):
            nb, db = _pair(b)
            return Fraction(a._numerator * nb, a._denominator * db)
        if isinstance(b, float):
            return float(a) * b
        return NotImplemented

    def __rmul__(b, a):
        if _is_rational(a):
            return Fraction.__mul__(Fraction(a), b)
        if isinstance(a, float):
            return a * float(b)
        return NotImplemented

    def __truediv__(a, b):
        if _is_rational(b):
            nb, db = _pair(b)
            n = a._numerator * db
            d = a._denominator * nb
            if d == 0:
                raise ZeroDivisionError('Fraction(%s, 0)' % n)
            return Fraction(n, d)
        if isinstance(b, float):
            return float(a) / b
        return NotImplemented

    def __rtruediv__(b, a):
        if _is_rational(a):
            return Fraction.__truediv__(Fraction(a), b)
        if isinstance(a, float):
            return a / float(b)
        return NotImplemented

    def __floordiv__(a, b):
        if _is_rational(b):
            nb, db = _pair(b)
            return (a._numerator * db) // (a._denominator * nb)
        if isinstance(b, float):
            return float(a) // b
        return NotImplemented

    def __rfloordiv__(b, a):
        if _is_rational(a):
            return Fraction.__floordiv__(Fraction(a), b)
        if isinstance(a, float):
            return a // float(b)
        return NotImplemented

    def __divmod__(a, b):
        if _is_rational(b):
            nb, db = _pair(b)
            q, r = divmod(a._numerator * db, a._denominator * nb)
            return q, Fraction(r, a._denominator * db)
        if isinstance(b, float):
            return divmod(float(a), b)
        return NotImplemented

    def __rdivmod__(b, a):
        if _is_rational(a):
            return Fraction.__divmod__(Fraction(a), b)
        if isinstance(a, float):
            return divmod(a, float(b))
        return NotImplemented

    def __mod__(a, b):
        if _is_rational(b):
            nb, db = _pair(b)
            return Fraction((a._numerator * db) % (nb * a._denominator), a._denominator * db)
        if isinstance(b, float):
            return float(a) % b
        return NotImplemented

    def __rmod__(b, a):
        if _is_rational(a):
            return Fraction.__mod__(Fraction(a), b)
        if isinstance(a, float):
            return a % float(b)
        return NotImplemented

    def __pow__(a, b):
        if _is_rational(b):
            nb, db = _pair(b)
            if db == 1:
                if nb >= 0:
                    return Fraction(a._numerator ** nb, a._denominator ** nb, _normalize=False)
                if a._numerator == 0:
                    raise ZeroDivisionError('Fraction(%s, 0)' % (a._denominator ** -nb))
                if a._numerator > 0:
                    return Fraction(a._denominator ** -nb, a._numerator ** -nb,
                                    _normalize=False)
                return Fraction((-a._denominator) ** -nb, (-a._numerator) ** -nb,
                                _normalize=False)
            return float(a) ** (nb / db)
        if isinstance(b, float):
            return float(a) ** b
        return NotImplemented

    def __rpow__(b, a):
        if b._denominator == 1 and b._numerator >= 0 and isinstance(a, int):
            return a ** b._numerator
        if _is_rational(a):
            return Fraction.__pow__(Fraction(a), b)
        if isinstance(a, float):
            if b._denominator == 1:
                return a ** b._numerator
            return a ** float(b)
        return NotImplemented

    def __pos__(a):
        return Fraction(a._numerator, a._denominator, _normalize=False)

    def __neg__(a):
        return Fraction(-a._numerator, a._denominator, _normalize=False)

    def __abs__(a):
        return Fraction(abs(a._numerator), a._denominator, _normalize=False)

    def __int__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __trunc__(a):
        return a.__int__()

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        if ndigits is None:
            floor, rem = divmod(self._numerator, self._denominator)
            if rem * 2 < self._denominator:
                return floor
            if rem * 2 > self._denominator:
                return floor + 1
            if floor % 2 == 0:
                return floor
            return floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __float__(a):
        return a._numerator / a._denominator

    def __bool__(a):
        return a._numerator != 0

    def __hash__(self):
        d = self._denominator % _HASH_MODULUS
        if d == 0:
            h = _HASH_INF
        else:
            # The modulus is prime, so d**(p-2) is d's inverse (Fermat).
            dinv = pow(d, _HASH_MODULUS - 2, _HASH_MODULUS)
            h = hash(hash(abs(self._numerator)) * dinv)
        if self._numerator < 0:
            h = -h
        if h == -1:
            return -2
        return h

    def __eq__(a, b):
        if isinstance(b, Fraction):
            return a._numerator == b._numerator and a._denominator == b._denominator
        if isinstance(b, int):
            return a._denominator == 1 and a._numerator == b
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                return 0.0 == b
            return a == Fraction(b)
        return NotImplemented

    def _richcmp(self, other, op):
        if _is_rational(other):
            n, d = _pair(other)
            return op(self._numerator * d, self._denominator * n)
        if isinstance(other, float):
            if math.isnan(other) or math.isinf(other):
                return op(0.0, other)
            return self._richcmp(Fraction(other), op)
        return NotImplemented

    def __lt__(a, b):
        return a._richcmp(b, _lt)

    def __gt__(a, b):
        return a._richcmp(b, _gt)

    def __le__(a, b):
        return a._richcmp(b, _le)

    def __ge__(a, b):
        return a._richcmp(b, _ge)

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        if type(self) is Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) is Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)


def _pair(x):
    if isinstance(x, Fraction):
        return x._numerator, x._denominator
    return int(x), 1


def _lt(a, b):
    return a < b


def _gt(a, b):
    return a > b


def _le(a, b):
    return a <= b


def _ge(a, b):
    return a >= b


def _register():
    import numbers
    numbers.Rational.register(Fraction)


_register()
del _register
