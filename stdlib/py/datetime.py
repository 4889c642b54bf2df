"""The datetime module (frozen into gilpy): dates, times, durations and fixed-offset zones.

Dates use the proleptic Gregorian calendar with ordinal 1 = 0001-01-01. A timedelta is
normalised to days, 0 <= seconds < 86400 and 0 <= microseconds < 10**6. Values are
immutable once built. strftime is implemented here (C-locale names).
"""

import time as _time

MINYEAR = 1
MAXYEAR = 9999

_DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
_DAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
_MONTH_NAMES = ['', 'January', 'February', 'March', 'April', 'May', 'June', 'July',
                'August', 'September', 'October', 'November', 'December']
_US_PER_DAY = 86400 * 1000000
_MAX_ORDINAL = 3652059


def _is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _days_in_month(y, m):
    if m == 2 and _is_leap(y):
        return 29
    return _DAYS_IN_MONTH[m]


def _days_before_year(y):
    y -= 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _days_before_month(y, m):
    n = 0
    for k in range(1, m):
        n += _DAYS_IN_MONTH[k]
    if m > 2 and _is_leap(y):
        n += 1
    return n


def _ymd2ord(y, m, d):
    return _days_before_year(y) + _days_before_month(y, m) + d


def _ord2ymd(n):
    n -= 1
    n400, n = divmod(n, 146097)
    n100, n = divmod(n, 36524)
    n4, n = divmod(n, 1461)
    n1, n = divmod(n, 365)
    year = n400 * 400 + n100 * 100 + n4 * 4 + n1 + 1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31
    month = 1
    while True:
        dim = _days_in_month(year, month)
        if n < dim:
            return year, month, n + 1
        n -= dim
        month += 1


def _index(v):
    if isinstance(v, int):
        return int(v)
    try:
        method = type(v).__index__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(v).__name__) from None
    return method(v)


def _check_date(year, month, day):
    year, month, day = _index(year), _index(month), _index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('year %d is out of range' % year)
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12')
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError('day is out of range for month')
    return year, month, day


def _check_time(hour, minute, second, microsecond, fold):
    hour, minute = _index(hour), _index(minute)
    second, microsecond = _index(second), _index(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError('hour must be in 0..23')
    if not 0 <= minute <= 59:
        raise ValueError('minute must be in 0..59')
    if not 0 <= second <= 59:
        raise ValueError('second must be in 0..59')
    if not 0 <= microsecond <= 999999:
        raise ValueError('microsecond must be in 0..999999')
    if fold not in (0, 1):
        raise ValueError('fold must be either 0 or 1')
    return hour, minute, second, microsecond


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                        % type(tz).__name__)


def _div_round(a, b):
    """a / b rounded half to even, in integers."""
    q, r = divmod(a, b)
    r2 = r * 2
    if b > 0:
        up = r2 > b or (r2 == b and q % 2 == 1)
    else:
        up = r2 < b or (r2 == b and q % 2 == 1)
    return q + 1 if up else q


def _cmp(a, b):
    return 0 if a == b else (1 if a > b else -1)


def _type_name(x):
    """The name CPython's C types show: module-qualified for this module's own classes."""
    t = type(x)
    if t.__module__ == 'datetime':
        return 'datetime.' + t.__name__
    return t.__name__


def _cmp_error(x, y):
    raise TypeError("can't compare %s to %s" % (_type_name(x), _type_name(y)))


class timedelta:
    """A duration: days, seconds (0..86399) and microseconds (0..999999)."""

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0,
                weeks=0):
        # As CPython: whole parts are exact; the fractional parts of float arguments are
        # scaled and summed in float arithmetic, then rounded once (half to even).
        total = 0
        leftover = 0.0
        for value, scale in ((microseconds, 1), (milliseconds, 1000), (seconds, 1000000),
                             (minutes, 60000000), (hours, 3600000000),
                             (days, _US_PER_DAY), (weeks, 7 * _US_PER_DAY)):
            if isinstance(value, int):
                total = total + int(value) * scale
            elif isinstance(value, float):
                whole = float(int(value))
                total = total + int(whole) * scale
                frac = (value - whole) * scale
                if frac:
                    part = float(int(frac))
                    total = total + int(part)
                    leftover = leftover + (frac - part)
            else:
                raise TypeError('unsupported type for timedelta component: %s'
                                % type(value).__name__)
        if leftover:
            w = leftover // 1
            f = leftover - w
            if f > 0.5 or (f == 0.5 and (total + int(w)) % 2 == 1):
                w = w + 1
            total = total + int(w)
        return cls._from_us(total)

    @classmethod
    def _from_us(cls, us):
        days, rest = divmod(us, _US_PER_DAY)
        seconds, micro = divmod(rest, 1000000)
        if abs(days) > 999999999:
            raise OverflowError('days=%d; must have magnitude <= 999999999' % days)
        self = object.__new__(cls)
        self._days = days
        self._seconds = seconds
        self._microseconds = micro
        return self

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._seconds

    @property
    def microseconds(self):
        return self._microseconds

    def _us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    def total_seconds(self):
        return self._us() / 10 ** 6

    def __repr__(self):
        args = []
        if self._days:
            args.append('days=%d' % self._days)
        if self._seconds:
            args.append('seconds=%d' % self._seconds)
        if self._microseconds:
            args.append('microseconds=%d' % self._microseconds)
        if not args:
            args.append('0')
        return '%s(%s)' % (_type_name(self), ', '.join(args))

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = '%d:%02d:%02d' % (hh, mm, ss)
        if self._days:
            plural = '' if abs(self._days) == 1 else 's'
            s = '%d day%s, ' % (self._days, plural) + s
        if self._microseconds:
            s = s + '.%06d' % self._microseconds
        return s

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._us() + other._us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._us() - other._us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(other._us() - self._us())
        return NotImplemented

    def __neg__(self):
        return timedelta._from_us(-self._us())

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._days < 0 else self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._from_us(self._us() * other)
        if isinstance(other, float):
            n, d = other.as_integer_ratio()
            return timedelta._from_us(_div_round(self._us() * n, d))
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._us() / other._us()
        if isinstance(other, int):
            return timedelta._from_us(_div_round(self._us(), other))
        if isinstance(other, float):
            n, d = other.as_integer_ratio()
            return timedelta._from_us(_div_round(d * self._us(), n))
        return NotImplemented

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._us() // other._us()
        if isinstance(other, int):
            return timedelta._from_us(self._us() // other)
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._us() % other._us())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._us(), other._us())
            return q, timedelta._from_us(r)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._us() == other._us()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._us() < other._us()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._us() <= other._us()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._us() > other._us()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._us() >= other._us()
        return NotImplemented

    def __hash__(self):
        return hash((self._days, self._seconds, self._microseconds))

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)

    def __reduce__(self):
        return (self.__class__, (self._days, self._seconds, self._microseconds))


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59,
                          microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


def _format_offset(off, sep=':'):
    if off is None:
        return ''
    sign = '+'
    if off.days < 0:
        sign = '-'
        off = -off
    hh, rest = divmod(off._us(), 3600000000)
    mm, rest = divmod(rest, 60000000)
    ss, us = divmod(rest, 1000000)
    s = '%s%02d%s%02d' % (sign, hh, sep, mm)
    if ss or us:
        s = s + '%s%02d' % (sep, ss)
        if us:
            s = s + '.%06d' % us
    return s


def _format_time(hh, mm, ss, us, timespec):
    if timespec == 'auto':
        timespec = 'microseconds' if us else 'seconds'
    if timespec == 'hours':
        return '%02d' % hh
    if timespec == 'minutes':
        return '%02d:%02d' % (hh, mm)
    if timespec == 'seconds':
        return '%02d:%02d:%02d' % (hh, mm, ss)
    if timespec == 'milliseconds':
        return '%02d:%02d:%02d.%03d' % (hh, mm, ss, us // 1000)
    if timespec == 'microseconds':
        return '%02d:%02d:%02d.%06d' % (hh, mm, ss, us)
    raise ValueError('Unknown timespec value')


def _parse_digits(s, what):
    if not s or not s.isdigit() or not s.isascii():
        raise ValueError(what)
    return int(s)


def _parse_isodate(s, orig):
    bad = 'Invalid isoformat string: %r' % (orig,)
    if len(s) == 10 and s[4] == '-' and s[7] == '-':
        return _parse_digits(s[0:4], bad), _parse_digits(s[5:7], bad), \
            _parse_digits(s[8:10], bad)
    if len(s) == 8:
        return _parse_digits(s[0:4], bad), _parse_digits(s[4:6], bad), \
            _parse_digits(s[6:8], bad)
    raise ValueError(bad)


def _parse_isotime(s, orig):
    """(hour, minute, second, microsecond, tzinfo) of an ISO time with optional offset."""
    bad = 'Invalid isoformat string: %r' % (orig,)
    tz = None
    cut = -1
    for i in range(len(s)):
        if s[i] in '+-Z':
            cut = i
            break
    if cut >= 0:
        zone = s[cut:]
        s = s[:cut]
        if zone == 'Z':
            tz = timezone.utc
        else:
            sign = -1 if zone[0] == '-' else 1
            hh, mm, ss, us, _ = _parse_isotime(zone[1:], orig)
            off = timedelta(hours=hh, minutes=mm, seconds=ss, microseconds=us)
            tz = timezone.utc if not off else timezone(sign * off)
    frac = 0
    if '.' in s or ',' in s:
        s, _, f = s.replace(',', '.').partition('.')
        _parse_digits(f, bad)
        frac = int((f + '00000')[:6])
    parts = s.split(':') if ':' in s else [s[i:i + 2] for i in range(0, len(s), 2)]
    if not 1 <= len(parts) <= 3 or any(len(p) != 2 for p in parts):
        raise ValueError(bad)
    nums = [_parse_digits(p, bad) for p in parts] + [0, 0]
    return nums[0], nums[1], nums[2], frac, tz


def _wrap_strftime(obj, fmt, y, mo, d, hh, mm, ss, us, offset, tzname):
    """fmt expanded for the given fields (C-locale names; unknown codes are kept)."""
    out = []
    i = 0
    n = len(fmt)
    wd = (_ymd2ord(y, mo, d) + 6) % 7
    yday = _days_before_month(y, mo) + d
    while i < n:
        c = fmt[i]
        i += 1
        if c != '%' or i >= n:
            out.append(c)
            continue
        c = fmt[i]
        i += 1
        if c == 'a':
            out.append(_DAY_NAMES[wd][:3])
        elif c == 'A':
            out.append(_DAY_NAMES[wd])
        elif c == 'b' or c == 'h':
            out.append(_MONTH_NAMES[mo][:3])
        elif c == 'B':
            out.append(_MONTH_NAMES[mo])
        elif c == 'c':
            out.append('%s %s %2d %02d:%02d:%02d %d' % (_DAY_NAMES[wd][:3],
                                                        _MONTH_NAMES[mo][:3], d, hh, mm,
                                                        ss, y))
        elif c == 'd':
            out.append('%02d' % d)
        elif c == 'e':
            out.append('%2d' % d)
        elif c == 'f':
            out.append('%06d' % us)
        elif c == 'H':
            out.append('%02d' % hh)
        elif c == 'I':
            out.append('%02d' % ((hh + 11) % 12 + 1))
        elif c == 'j':
            out.append('%03d' % yday)
        elif c == 'm':
            out.append('%02d' % mo)
        elif c == 'M':
            out.append('%02d' % mm)
        elif c == 'p':
            out.append('AM' if hh < 12 else 'PM')
        elif c == 'S':
            out.append('%02d' % ss)
        elif c == 'u':
            out.append(str(wd + 1))
        elif c == 'w':
            out.append(str((wd + 1) % 7))
        elif c == 'U':
            out.append('%02d' % ((yday - 1 + 7 - (wd + 1) % 7) // 7))
        elif c == 'W':
            out.append('%02d' % ((yday - 1 + 7 - wd) // 7))
        elif c == 'y':
            out.append('%02d' % (y % 100))
        elif c == 'Y':
            out.append(str(y))
        elif c == 'G' or c == 'V':
            iso = date(y, mo, d).isocalendar()
            out.append(str(iso[0]) if c == 'G' else '%02d' % iso[1])
        elif c == 'x':
            out.append('%02d/%02d/%02d' % (mo, d, y % 100))
        elif c == 'X' or c == 'T':
            out.append('%02d:%02d:%02d' % (hh, mm, ss))
        elif c == 'D':
            out.append('%02d/%02d/%02d' % (mo, d, y % 100))
        elif c == 'F':
            out.append('%d-%02d-%02d' % (y, mo, d))
        elif c == 'R':
            out.append('%02d:%02d' % (hh, mm))
        elif c == 'z':
            out.append(_format_offset(offset, ''))
        elif c == 'Z':
            out.append(tzname or '')
        elif c == 'n':
            out.append('\n')
        elif c == 't':
            out.append('\t')
        elif c == '%':
            out.append('%')
        else:
            out.append('%' + c)
    return ''.join(out)


def _strptime_fields(text, fmt):
    """The fields parsed from text by fmt: a dict of year, month, day, hour, minute, second,
    microsecond, tz (C-locale names; no regular expressions)."""
    bad = 'time data %r does not match format %r' % (text, fmt)
    f = {'year': 1900, 'month': 1, 'day': 1, 'hour': 0, 'minute': 0, 'second': 0,
         'microsecond': 0, 'tz': None}
    pm = None
    yday = None
    pos = 0
    i = 0
    n = len(text)

    def number(pos, lo, hi):
        end = pos
        while end < n and end - pos < hi and text[end] in '0123456789':
            end += 1
        if end - pos < lo:
            raise ValueError(bad)
        return int(text[pos:end]), end

    def name(pos, names):
        for k in range(len(names)):
            cand = names[k]
            if cand and text[pos:pos + len(cand)].lower() == cand.lower():
                return k, pos + len(cand)
        raise ValueError(bad)

    while i < len(fmt):
        c = fmt[i]
        i += 1
        if c.isspace():
            if pos >= n or not text[pos].isspace():
                raise ValueError(bad)
            while pos < n and text[pos].isspace():
                pos += 1
            continue
        if c != '%' or i >= len(fmt):
            if text[pos:pos + 1] != c:
                raise ValueError(bad)
            pos += 1
            continue
        c = fmt[i]
        i += 1
        if c == 'Y':
            f['year'], pos = number(pos, 4, 4)
        elif c == 'y':
            y, pos = number(pos, 2, 2)
            f['year'] = y + (1900 if y >= 69 else 2000)
        elif c == 'm':
            f['month'], pos = number(pos, 1, 2)
        elif c == 'd':
            f['day'], pos = number(pos, 1, 2)
        elif c == 'H':
            f['hour'], pos = number(pos, 1, 2)
        elif c == 'I':
            f['hour'], pos = number(pos, 1, 2)
            if pm is None:
                pm = False
        elif c == 'M':
            f['minute'], pos = number(pos, 1, 2)
        elif c == 'S':
            f['second'], pos = number(pos, 1, 2)
        elif c == 'f':
            start = pos
            us, pos = number(pos, 1, 6)
            f['microsecond'] = int((text[start:pos] + '00000')[:6])
        elif c == 'j':
            yday, pos = number(pos, 1, 3)
        elif c == 'p':
            k, pos = name(pos, ['AM', 'PM'])
            pm = k == 1
        elif c == 'b' or c == 'h':
            f['month'], pos = name(pos, [m[:3] for m in _MONTH_NAMES])
        elif c == 'B':
            f['month'], pos = name(pos, _MONTH_NAMES)
        elif c == 'a':
            k, pos = name(pos, [d[:3] for d in _DAY_NAMES])
        elif c == 'A':
            k, pos = name(pos, _DAY_NAMES)
        elif c == 'z':
            if text[pos:pos + 1] == 'Z':
                f['tz'] = timezone.utc
                pos += 1
            else:
                if text[pos:pos + 1] not in ('+', '-'):
                    raise ValueError(bad)
                sign = -1 if text[pos] == '-' else 1
                hh, pos = number(pos + 1, 2, 2)
                if text[pos:pos + 1] == ':':
                    pos += 1
                mm, pos = number(pos, 2, 2)
                off = timedelta(hours=hh, minutes=mm) * sign
                f['tz'] = timezone(off)
        elif c == '%':
            if text[pos:pos + 1] != '%':
                raise ValueError(bad)
            pos += 1
        else:
            raise ValueError("'%s' is a bad directive in format '%s'" % (c, fmt))
    if pos < n:
        raise ValueError('unconverted data remains: %s' % text[pos:])
    if pm is not None:
        h = f['hour'] % 12
        f['hour'] = h + 12 if pm else h
    if yday is not None:
        y, m, d = _ord2ymd(_ymd2ord(f['year'], 1, 1) + yday - 1)
        f['month'] = m
        f['day'] = d
    return f


class IsoCalendarDate(tuple):
    def __new__(cls, year, week, weekday):
        return tuple.__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __repr__(self):
        return ('%s(year=%d, week=%d, weekday=%d)'
                % (_type_name(self), self[0], self[1], self[2]))


def _iso_week1_monday(year):
    first = _ymd2ord(year, 1, 1)
    wd = (first + 6) % 7
    monday = first - wd
    if wd > 3:
        monday += 7
    return monday


class date:
    """A calendar date (year, month, day)."""

    def __new__(cls, year, month=None, day=None):
        year, month, day = _check_date(year, month, day)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        return self

    @classmethod
    def fromtimestamp(cls, t):
        tm = _time.localtime(int(t // 1) if isinstance(t, float) else t)
        return cls(tm[0], tm[1], tm[2])

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        n = _index(n)
        if not 1 <= n <= _MAX_ORDINAL:
            raise ValueError('ordinal must be >= 1')
        y, m, d = _ord2ymd(n)
        return cls(y, m, d)

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError('fromisoformat: argument must be str')
        y, m, d = _parse_isodate(s, s)
        return cls(y, m, d)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        if not 1 <= week <= 53:
            raise ValueError('Invalid week: %d' % week)
        if not 1 <= day <= 7:
            raise ValueError('Invalid weekday: %d (range is [1, 7])' % day)
        n = _iso_week1_monday(year) + (week - 1) * 7 + day - 1
        y, m, d = _ord2ymd(n)
        return cls(y, m, d)

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    def __repr__(self):
        return '%s(%d, %d, %d)' % (_type_name(self), self._year, self._month, self._day)

    def isoformat(self):
        return '%04d-%02d-%02d' % (self._year, self._month, self._day)

    def __str__(self):
        return self.isoformat()

    def ctime(self):
        return self.strftime('%a %b %e %H:%M:%S %Y')

    def strftime(self, fmt):
        return _wrap_strftime(self, fmt, self._year, self._month, self._day, 0, 0, 0, 0,
                              None, None)

    def __format__(self, spec):
        if not isinstance(spec, str):
            raise TypeError('must be str, not %s' % type(spec).__name__)
        if spec:
            return self.strftime(spec)
        return str(self)

    def timetuple(self):
        wd = self.weekday()
        yday = _days_before_month(self._year, self._month) + self._day
        return _time.struct_time((self._year, self._month, self._day, 0, 0, 0, wd, yday, -1))

    def toordinal(self):
        return _ymd2ord(self._year, self._month, self._day)

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.weekday() + 1

    def isocalendar(self):
        year = self._year
        n = self.toordinal()
        week1 = _iso_week1_monday(year)
        week, day = divmod(n - week1, 7)
        if week < 0:
            year -= 1
            week, day = divmod(n - _iso_week1_monday(year), 7)
        elif week >= 52 and n >= _iso_week1_monday(year + 1):
            year += 1
            week = 0
        return IsoCalendarDate(year, week + 1, day + 1)

    def _key(self):
        return (self._year, self._month, self._day)

    def _comparable(self, other):
        return isinstance(other, date) and not isinstance(other, datetime)

    def __eq__(self, other):
        if self._comparable(other) and not isinstance(self, datetime):
            return self._key() == other._key()
        return NotImplemented

    def __lt__(self, other):
        if self._comparable(other):
            return self._key() < other._key()
        return NotImplemented

    def __le__(self, other):
        if self._comparable(other):
            return self._key() <= other._key()
        return NotImplemented

    def __gt__(self, other):
        if self._comparable(other):
            return self._key() > other._key()
        return NotImplemented

    def __ge__(self, other):
        if self._comparable(other):
            return self._key() >= other._key()
        return NotImplemented

    def __hash__(self):
        return hash(self._key())

    def __add__(self, other):
        if isinstance(other, timedelta):
            n = self.toordinal() + other.days
            if not 1 <= n <= _MAX_ORDINAL:
                raise OverflowError('date value out of range')
            y, m, d = _ord2ymd(n)
            return type(self)(y, m, d)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def __reduce__(self):
        return (self.__class__, self._key())


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


class tzinfo:
    """Abstract base class for time zone information."""

    def tzname(self, dt):
        raise NotImplementedError('tzinfo subclass must override tzname()')

    def utcoffset(self, dt):
        raise NotImplementedError('tzinfo subclass must override utcoffset()')

    def dst(self, dt):
        raise NotImplementedError('tzinfo subclass must override dst()')

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError('fromutc() requires a datetime argument')
        if dt.tzinfo is not self:
            raise ValueError('dt.tzinfo is not self')
        off = dt.utcoffset()
        if off is None:
            raise ValueError('fromutc() requires a non-None utcoffset() result')
        return dt + off


class timezone(tzinfo):
    """A fixed offset from UTC."""

    def __new__(cls, offset, name=None):
        if not isinstance(offset, timedelta):
            raise TypeError('timezone() argument 1 must be datetime.timedelta, not %s'
                            % type(offset).__name__)
        if name is not None and not isinstance(name, str):
            raise TypeError('timezone() argument 2 must be str, not %s' % type(name).__name__)
        if not -timedelta(hours=24) < offset < timedelta(hours=24):
            raise ValueError('offset must be a timedelta strictly between '
                             '-timedelta(hours=24) and timedelta(hours=24), not %r.' % (offset,))
        self = object.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def utcoffset(self, dt):
        return self._offset

    def dst(self, dt):
        return None

    def tzname(self, dt):
        if self._name is not None:
            return self._name
        if not self._offset:
            return 'UTC'
        return 'UTC' + _format_offset(self._offset)

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError('fromutc() argument must be a datetime instance or None')
        if dt.tzinfo is not self:
            raise ValueError('fromutc: dt.tzinfo is not self')
        return dt + self._offset

    def __repr__(self):
        if self is timezone.utc:
            return 'datetime.timezone.utc'
        if self._name is None:
            return '%s(%r)' % (_type_name(self), self._offset)
        return '%s(%r, %r)' % (_type_name(self), self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)


timezone.utc = timezone(timedelta(0))
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))


def _utcoffset_of(tz, dt):
    if tz is None:
        return None
    off = tz.utcoffset(dt)
    if off is not None and not isinstance(off, timedelta):
        raise TypeError('tzinfo.utcoffset() must return None or timedelta, not %s'
                        % type(off).__name__)
    return off


class time:
    """A time of day, optionally with a tzinfo."""

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        hour, minute, second, microsecond = _check_time(hour, minute, second, microsecond,
                                                        fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        return self

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError('fromisoformat: argument must be str')
        hh, mm, ss, us, tz = _parse_isotime(s, s)
        return cls(hh, mm, ss, us, tz)

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    def utcoffset(self):
        return _utcoffset_of(self._tzinfo, None)

    def tzname(self):
        return None if self._tzinfo is None else self._tzinfo.tzname(None)

    def dst(self):
        return None if self._tzinfo is None else self._tzinfo.dst(None)

    def __repr__(self):
        s = '%s(%d, %d' % (_type_name(self), self._hour, self._minute)
        if self._microsecond:
            s += ', %d, %d' % (self._second, self._microsecond)
        elif self._second:
            s += ', %d' % self._second
        if self._tzinfo is not None:
            s += ', tzinfo=%r' % (self._tzinfo,)
        if self._fold:
            s += ', fold=1'
        return s + ')'

    def isoformat(self, timespec='auto'):
        s = _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        return s + _format_offset(self.utcoffset())

    def __str__(self):
        return self.isoformat()

    def strftime(self, fmt):
        tz = self._tzinfo
        return _wrap_strftime(self, fmt, 1900, 1, 1, self._hour, self._minute, self._second,
                              self._microsecond, self.utcoffset(),
                              None if tz is None else tz.tzname(None))

    def __format__(self, spec):
        if spec:
            return self.strftime(spec)
        return str(self)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True,
                *, fold=None):
        return type(self)(self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    def _cmp_key(self, other):
        a = self.utcoffset()
        b = other.utcoffset()
        base = (self._hour * 3600 + self._minute * 60 + self._second) * 1000000 + \
            self._microsecond
        obase = (other._hour * 3600 + other._minute * 60 + other._second) * 1000000 + \
            other._microsecond
        if (a is None) != (b is None):
            return None
        if a is not None:
            base -= a._us()
            obase -= b._us()
        return _cmp(base, obase)

    def __eq__(self, other):
        if not isinstance(other, time):
            return NotImplemented
        c = self._cmp_key(other)
        return c == 0

    def _order(self, other):
        if not isinstance(other, time):
            _cmp_error(self, other)
        c = self._cmp_key(other)
        if c is None:
            raise TypeError("can't compare offset-naive and offset-aware times")
        return c

    def __lt__(self, other):
        return self._order(other) < 0

    def __le__(self, other):
        return self._order(other) <= 0

    def __gt__(self, other):
        return self._order(other) > 0

    def __ge__(self, other):
        return self._order(other) >= 0

    def __hash__(self):
        off = self.utcoffset()
        base = (self._hour * 3600 + self._minute * 60 + self._second) * 1000000 + \
            self._microsecond
        if off is not None:
            base -= off._us()
        return hash(base)

    def __bool__(self):
        return True


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


class datetime(date):
    """A date and a time of day, optionally with a tzinfo."""

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0, microsecond=0,
                tzinfo=None, *, fold=0):
        year, month, day = _check_date(year, month, day)
        hour, minute, second, microsecond = _check_time(hour, minute, second, microsecond,
                                                        fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    def _total(self):
        day_us = (self._hour * 3600 + self._minute * 60 + self._second) * 1000000
        return self.toordinal() * _US_PER_DAY + day_us + self._microsecond

    @classmethod
    def _from_total(cls, total, tz):
        n, rest = divmod(total, _US_PER_DAY)
        if not 1 <= n <= _MAX_ORDINAL:
            raise OverflowError('date value out of range')
        y, m, d = _ord2ymd(n)
        secs, us = divmod(rest, 1000000)
        hh, secs = divmod(secs, 3600)
        mm, ss = divmod(secs, 60)
        return cls(y, m, d, hh, mm, ss, us, tz)

    @classmethod
    def _from_posix(cls, t, utc, tz):
        if isinstance(t, float):
            whole = int(t // 1)
            us = round((t - whole) * 1e6)
            if us >= 1000000:
                whole += 1
                us -= 1000000
        else:
            whole = _index(t)
            us = 0
        tm = _time.gmtime(whole) if utc else _time.localtime(whole)
        return cls(tm[0], tm[1], tm[2], tm[3], tm[4], min(tm[5], 59), us, tz)

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tzinfo(tz)
        if tz is None:
            return cls._from_posix(t, False, None)
        return tz.fromutc(cls._from_posix(t, True, tz))

    @classmethod
    def utcfromtimestamp(cls, t):
        return cls._from_posix(t, True, None)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def combine(cls, date_part, time_part, tzinfo=True):
        if not isinstance(date_part, date):
            raise TypeError('combine() argument 1 must be datetime.date, not %s'
                            % type(date_part).__name__)
        if not isinstance(time_part, time):
            raise TypeError('combine() argument 2 must be datetime.time, not %s'
                            % type(time_part).__name__)
        if tzinfo is True:
            tzinfo = time_part.tzinfo
        return cls(date_part.year, date_part.month, date_part.day, time_part.hour,
                   time_part.minute, time_part.second, time_part.microsecond, tzinfo,
                   fold=time_part.fold)

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError('fromisoformat: argument must be str')
        dlen = 10 if len(s) >= 10 and s[4:5] == '-' else 8
        y, m, d = _parse_isodate(s[:dlen], s)
        hh = mm = ss = us = 0
        tz = None
        if len(s) > dlen:
            hh, mm, ss, us, tz = _parse_isotime(s[dlen + 1:], s)
        return cls(y, m, d, hh, mm, ss, us, tz)

    @classmethod
    def strptime(cls, date_string, format):
        if not isinstance(date_string, str) or not isinstance(format, str):
            raise TypeError('strptime() argument 1 must be str, not %s'
                            % type(date_string).__name__)
        f = _strptime_fields(date_string, format)
        return cls(f['year'], f['month'], f['day'], f['hour'], f['minute'], f['second'],
                   f['microsecond'], f['tz'])

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond,
                    fold=self._fold)

    def timetz(self):
        return time(self._hour, self._minute, self._second, self._microsecond, self._tzinfo,
                    fold=self._fold)

    def utcoffset(self):
        return _utcoffset_of(self._tzinfo, self)

    def tzname(self):
        return None if self._tzinfo is None else self._tzinfo.tzname(self)

    def dst(self):
        return None if self._tzinfo is None else self._tzinfo.dst(self)

    def timestamp(self):
        off = self.utcoffset()
        if off is None:
            base = _time.mktime((self._year, self._month, self._day, self._hour, self._minute,
                                 self._second, -1, -1, -1))
            return base + self._microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def timetuple(self):
        off = self.dst()
        isdst = -1 if off is None else (1 if off else 0)
        yday = _days_before_month(self._year, self._month) + self._day
        return _time.struct_time((self._year, self._month, self._day, self._hour,
                                  self._minute, self._second, self.weekday(), yday, isdst))

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None,
                microsecond=None, tzinfo=True, *, fold=None):
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day,
                          self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    def astimezone(self, tz=None):
        if tz is None:
            ts = self.timestamp()
            tm = _time.localtime(int(ts // 1))
            tz = timezone(timedelta(seconds=tm.tm_gmtoff), tm.tm_zone)
        elif not isinstance(tz, tzinfo):
            raise TypeError('tzinfo argument must be None or of a tzinfo subclass, not type '
                            "'%s'" % type(tz).__name__)
        off = self.utcoffset()
        if off is None:
            local = self._from_posix(self.timestamp(), True, None)
            utc_total = local._total()
        else:
            utc_total = self._total() - off._us()
        utc = datetime._from_total(utc_total, tz)
        result = tz.fromutc(utc)
        if type(result) is not type(self):
            result = type(self)._from_total(result._total(), tz)
        return result

    def __repr__(self):
        parts = [self._year, self._month, self._day, self._hour, self._minute,
                 self._second, self._microsecond]
        for _ in range(2):
            if parts[-1] == 0:
                parts.pop()
        s = '%s(%s' % (_type_name(self), ', '.join([str(p) for p in parts]))
        if self._tzinfo is not None:
            s += ', tzinfo=%r' % (self._tzinfo,)
        if self._fold:
            s += ', fold=1'
        return s + ')'

    def isoformat(self, sep='T', timespec='auto'):
        s = '%04d-%02d-%02d%s' % (self._year, self._month, self._day, sep)
        s += _format_time(self._hour, self._minute, self._second, self._microsecond,
                          timespec)
        return s + _format_offset(self.utcoffset())

    def __str__(self):
        return self.isoformat(sep=' ')

    def ctime(self):
        return self.strftime('%a %b %e %H:%M:%S %Y')

    def strftime(self, fmt):
        return _wrap_strftime(self, fmt, self._year, self._month, self._day, self._hour,
                              self._minute, self._second, self._microsecond,
                              self.utcoffset(), self.tzname())

    def _compare(self, other, for_eq):
        if self._tzinfo is other._tzinfo:
            return _cmp(self._total(), other._total())
        a = self.utcoffset()
        b = other.utcoffset()
        if (a is None) != (b is None):
            if for_eq:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        x = self._total()
        y = other._total()
        if a is not None:
            x -= a._us()
            y -= b._us()
        return _cmp(x, y)

    def __eq__(self, other):
        if isinstance(other, datetime):
            return self._compare(other, True) == 0
        if isinstance(other, date):
            return False
        return NotImplemented

    def _order(self, other):
        if isinstance(other, datetime):
            return self._compare(other, False)
        if isinstance(other, date):
            _cmp_error(self, other)
        return None

    def __lt__(self, other):
        c = self._order(other)
        return NotImplemented if c is None else c < 0

    def __le__(self, other):
        c = self._order(other)
        return NotImplemented if c is None else c <= 0

    def __gt__(self, other):
        c = self._order(other)
        return NotImplemented if c is None else c > 0

    def __ge__(self, other):
        c = self._order(other)
        return NotImplemented if c is None else c >= 0

    def __hash__(self):
        off = self.utcoffset()
        if off is None:
            return hash(self._total())
        return hash(self._total() - off._us())

    def __add__(self, other):
        if isinstance(other, timedelta):
            return type(self)._from_total(self._total() + other._us(), self._tzinfo)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return type(self)._from_total(self._total() - other._us(), self._tzinfo)
        if not isinstance(other, datetime):
            return NotImplemented
        diff = self._total() - other._total()
        if self._tzinfo is not other._tzinfo:
            a = self.utcoffset()
            b = other.utcoffset()
            if (a is None) != (b is None):
                raise TypeError("can't subtract offset-naive and offset-aware datetimes")
            if a is not None:
                diff = diff - a._us() + b._us()
        return timedelta._from_us(diff)

    def __reduce__(self):
        return (self.__class__, (self._year, self._month, self._day, self._hour,
                                 self._minute, self._second, self._microsecond,
                                 self._tzinfo))


datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
UTC = timezone.utc
