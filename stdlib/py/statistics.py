"""The statistics module (frozen into gilpy): averages and measures of spread.

Sums are computed exactly with Fractions and converted once at the end, so results are the
correctly rounded values CPython prints. Result types follow the data: all-int data gives
an int when the exact result is whole, a float otherwise; Fractions stay Fractions.
"""

import math
from fractions import Fraction

__all__ = [
    'StatisticsError', 'fmean', 'geometric_mean', 'harmonic_mean', 'mean', 'median',
    'median_grouped', 'median_high', 'median_low', 'mode', 'multimode', 'pstdev',
    'pvariance', 'quantiles', 'stdev', 'variance',
]


class StatisticsError(ValueError):
    pass


def _ratio(x):
    """(numerator, denominator) of x exactly; denominator None for infinities and NaNs."""
    if isinstance(x, int):
        return int(x), 1
    if isinstance(x, float):
        if math.isinf(x) or math.isnan(x):
            return x, None
        return x.as_integer_ratio()
    if isinstance(x, Fraction):
        return x.numerator, x.denominator
    try:
        return x.as_integer_ratio()
    except AttributeError:
        pass
    raise TypeError("can't convert type '%s' to numerator/denominator" % type(x).__name__)


def _join_types(t, s):
    """The type a mix of t and s values is reported in (int yields to anything)."""
    if t is s:
        return t
    if s is int or s is bool:
        return t
    if t is int:
        return s
    if issubclass(s, t):
        return s
    if issubclass(t, s):
        return t
    if issubclass(t, int):
        return s
    if issubclass(s, int):
        return t
    if issubclass(t, Fraction) and issubclass(s, float):
        return s
    if issubclass(t, float) and issubclass(s, Fraction):
        return t
    raise TypeError("can't convert type '%s' to '%s'" % (t.__name__, s.__name__))


def _exact_sum(data):
    """(result type, exact total, count). The total is a float if any value is not finite."""
    T = int
    count = 0
    by_den = {}
    special = None
    for x in data:
        T = _join_types(T, type(x))
        count += 1
        n, d = _ratio(x)
        if d is None:
            special = n if special is None else special + n
        else:
            by_den[d] = by_den.get(d, 0) + n
    if special is not None:
        return T, special, count
    total = Fraction(0)
    for d in by_den:
        total = total + Fraction(by_den[d], d)
    return T, total, count


def _convert(value, T):
    if type(value) is T:
        return value
    if issubclass(T, int) and value.denominator != 1:
        T = float
    return T(value)


def _sum_sq_dev(data, c):
    """(result type, exact sum of squared deviations, count) around c, or the mean."""
    if c is not None:
        squares = []
        for x in data:
            d = x - c
            squares.append(d * d)
        return _exact_sum(squares)
    data = list(data)
    T, total, count = _exact_sum(data)
    if not count:
        return T, Fraction(0), 0
    if not isinstance(total, Fraction):
        return T, total, count
    m = total / count
    ss = Fraction(0)
    for x in data:
        n, d = _ratio(x)
        dev = Fraction(n, d) - m
        ss = ss + dev * dev
    return T, ss, count


def _sqrt_frac(n, m):
    """sqrt(n/m) correctly rounded to a float, for non-negative integers n and m > 0."""
    # Take an integer square root with enough extra bits (53 * 2 + 3) that rounding the
    # truncated result "to odd" and then to a float gives the correctly rounded value.
    q = (n.bit_length() - m.bit_length() - 109) // 2
    if q >= 0:
        num, den = n, m << (2 * q)
        scale_up = q
        scale_down = 0
    else:
        num, den = n << (-2 * q), m
        scale_up = 0
        scale_down = -q
    a = math.isqrt(num // den)
    if a * a * den != num:
        a = a | 1
    return (a << scale_up) / (1 << scale_down)


def mean(data):
    T, total, n = _exact_sum(data)
    if n < 1:
        raise StatisticsError('mean requires at least one data point')
    return _convert(total / n, T)


def fmean(data, weights=None):
    if weights is None:
        values = list(data)
        if not values:
            raise StatisticsError('fmean requires at least one data point')
        return math.fsum(values) / len(values)
    values = list(data)
    weights = list(weights)
    if len(values) != len(weights):
        raise StatisticsError('data and weights must be the same length')
    den = math.fsum(weights)
    if not den:
        raise StatisticsError('sum of weights must be non-zero')
    return math.fsum([x * w for x, w in zip(values, weights)]) / den


def geometric_mean(data):
    try:
        return math.exp(fmean([math.log(x) for x in data]))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset '
                              'containing positive numbers') from None


def harmonic_mean(data, weights=None):
    data = list(data)
    errmsg = 'harmonic mean does not support negative values'
    n = len(data)
    if n < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    if n == 1 and weights is None:
        x = data[0]
        if isinstance(x, (int, float, Fraction)):
            if x < 0:
                raise StatisticsError(errmsg)
            return x
        raise TypeError('unsupported type')
    if weights is None:
        weights = [1] * n
        sum_weights = n
    else:
        weights = list(weights)
        if len(weights) != n:
            raise StatisticsError('Number of weights does not match data size')
        for w in weights:
            if w < 0:
                raise StatisticsError('Weights must be non-negative')
        T, sum_weights, _ = _exact_sum(weights)
        sum_weights = _convert(sum_weights, T)
    for x in data:
        if x < 0:
            raise StatisticsError(errmsg)
    try:
        terms = [w / x if w else 0 for w, x in zip(weights, data)]
    except ZeroDivisionError:
        return 0
    T, total, _ = _exact_sum(terms)
    if total <= 0:
        raise StatisticsError('Weighted sum must be positive')
    return _convert(sum_weights / total, T)


def median(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    if n % 2 == 1:
        return data[n // 2]
    return data[n // 2 - 1]


def median_high(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    return data[n // 2]


def median_grouped(data, interval=1.0):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    if n == 1:
        return data[0]
    x = data[n // 2]
    for obj in (x, interval):
        if isinstance(obj, (str, bytes)):
            raise TypeError('expected number but got %r' % (obj,))
    try:
        lower = x - interval / 2
    except TypeError:
        lower = float(x) - float(interval) / 2
    first = 0
    while data[first] != x:
        first += 1
    last = first
    while last + 1 < n and data[last + 1] == x:
        last += 1
    return lower + interval * (n / 2 - first) / (last - first + 1)


def _counts(data):
    counts = {}
    for x in data:
        counts[x] = counts.get(x, 0) + 1
    return counts


def mode(data):
    counts = _counts(data)
    best = None
    best_count = 0
    for value in counts:
        if counts[value] > best_count:
            best = value
            best_count = counts[value]
    if not best_count:
        raise StatisticsError('no mode for empty data')
    return best


def multimode(data):
    counts = _counts(data)
    if not counts:
        return []
    top = max(counts.values())
    return [value for value in counts if counts[value] == top]


def quantiles(data, *, n=4, method='exclusive'):
    if n < 1:
        raise StatisticsError('n must be at least 1')
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        raise StatisticsError('must have at least two data points')
    result = []
    if method == 'inclusive':
        m = ld - 1
        for i in range(1, n):
            j = i * m // n
            delta = i * m - j * n
            result.append((data[j] * (n - delta) + data[j + 1] * delta) / n)
        return result
    if method == 'exclusive':
        m = ld + 1
        for i in range(1, n):
            j = i * m // n
            if j < 1:
                j = 1
            elif j > ld - 1:
                j = ld - 1
            delta = i * m - j * n
            result.append((data[j - 1] * (n - delta) + data[j] * delta) / n)
        return result
    raise ValueError('Unknown method: %r' % (method,))


def variance(data, xbar=None):
    T, ss, n = _sum_sq_dev(data, xbar)
    if n < 2:
        raise StatisticsError('variance requires at least two data points')
    return _convert(ss / (n - 1), T)


def pvariance(data, mu=None):
    T, ss, n = _sum_sq_dev(data, mu)
    if n < 1:
        raise StatisticsError('pvariance requires at least one data point')
    return _convert(ss / n, T)


def stdev(data, xbar=None):
    T, ss, n = _sum_sq_dev(data, xbar)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    mss = ss / (n - 1)
    if not isinstance(mss, Fraction):
        return math.sqrt(mss)
    return _sqrt_frac(mss.numerator, mss.denominator)


def pstdev(data, mu=None):
    T, ss, n = _sum_sq_dev(data, mu)
    if n < 1:
        raise StatisticsError('pstdev requires at least one data point')
    mss = ss / n
    if not isinstance(mss, Fraction):
        return math.sqrt(mss)
    return _sqrt_frac(mss.numerator, mss.denominator)
