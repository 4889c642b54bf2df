# datetime: timedelta normalisation, date/time/datetime arithmetic, formatting, parsing
from datetime import date, time, datetime, timedelta, timezone, MINYEAR, MAXYEAR
import datetime as dt_mod

td = timedelta
for t in [td(), td(1), td(-1), td(seconds=-1), td(hours=25, minutes=61), td(microseconds=-1),
          td(days=2, seconds=3, microseconds=4), td(weeks=1, milliseconds=1500), td(0.5),
          td(seconds=1.0000005), td(seconds=2.5e-6), td(minutes=-0.25), td(days=-2.5),
          td(hours=1) * 1.5, td(seconds=7) / 2, td(seconds=1) / 3, td(1) // 3, td(1) * 3]:
    print(repr(t), str(t), t.days, t.seconds, t.microseconds, t.total_seconds())
print(td(1) / td(hours=6), td(1) // td(hours=7), td(1) % td(hours=7), divmod(td(1), td(hours=7)))
print(td(1) + td(2), td(1) - td(2), -td(1), abs(td(-1)), td(1) > td(0), td(1) == td(hours=24), bool(td()))
print(td.min, td.max, td.resolution, repr(td.max), td(1) in {td(hours=24)})
try:
    td(days=10 ** 9)
except OverflowError as e:
    print('OverflowError', e)

d = date(2020, 2, 28)
print(d, repr(d), d.year, d.month, d.day, d + td(1), d + td(2), d - td(60), date(2021, 3, 1) - d)
print(d.weekday(), d.isoweekday(), d.toordinal(), date.fromordinal(737483), d.isocalendar())
print(date(2021, 1, 3).isocalendar(), date(2020, 12, 31).isocalendar(), date(2026, 1, 1).isocalendar())
print(d.isocalendar().week, tuple(date(2019, 12, 30).isocalendar()), date.fromisocalendar(2020, 53, 7))
print(d.replace(day=1), d.isoformat(), date.fromisoformat('2021-07-04'), date.fromisoformat('20210704'))
print(d.strftime('%Y-%m-%d %a %A %b %B %j %U %W %w %u %y %%'), d.ctime(), format(d, '%d/%m/%Y'), f'{d}')
print(date.min, date.max, date(1, 1, 1).toordinal(), date(9999, 12, 31).toordinal(), MINYEAR, MAXYEAR)
print(d < date(2020, 3, 1), d == date(2020, 2, 28), d != date(2020, 2, 28), max(d, date(2019, 1, 1)))
print(sorted([date(2020, 1, 2), date(2019, 5, 5), date(2020, 1, 1)]), len({d, date(2020, 2, 28)}))
for bad in [(2020, 2, 30), (0, 1, 1), (2020, 13, 1), (2019, 2, 29), (10000, 1, 1)]:
    try:
        date(*bad)
    except ValueError as e:
        print('ValueError', e)
for bad in [('a', 1, 1), (2020.0, 1, 1)]:
    try:
        date(*bad)
    except TypeError as e:
        print('TypeError', e)
for s in ['2020-1-1', 'x', '2020-02-30']:
    try:
        date.fromisoformat(s)
    except ValueError as e:
        print('ValueError', e)
try:
    date.max + td(1)
except OverflowError as e:
    print('OverflowError', e)

t = time(12, 30)
print(t, repr(t), repr(time(1, 2, 3)), repr(time(1, 2, 3, 4)), time(), time(1, 2, 3, 4))
print(t.isoformat('hours'), t.isoformat('minutes'), time(1, 2, 3, 4567).isoformat('milliseconds'))
print(time.fromisoformat('10:20:30.123456'), time.fromisoformat('10:20'), time.fromisoformat('01:02:03+05:30'))
print(t < time(13), t == time(12, 30, 0), t.strftime('%H:%M:%S %p %I'), t.replace(minute=0), time.max)
for bad in [(24,), (1, 60), (1, 1, 60), (1, 1, 1, 10 ** 6)]:
    try:
        time(*bad)
    except ValueError as e:
        print('ValueError', e)

dt = datetime(2020, 1, 2, 3, 4, 5, 6)
print(dt, repr(dt), repr(datetime(2020, 1, 2)), repr(datetime(2020, 1, 2, 3, 4, 5)), datetime(2020, 1, 2))
print(dt.date(), dt.time(), dt.hour, dt.minute, dt.second, dt.microsecond, dt.weekday(), dt.tzinfo)
print(dt.isoformat(), dt.isoformat(' ', 'seconds'), dt + td(days=30, hours=22), dt - td(microseconds=7))
print(datetime(2021, 1, 1) - dt, dt - datetime(2021, 1, 1), dt.replace(year=2024, microsecond=0))
print(dt.strftime('%Y/%m/%d %H:%M:%S.%f %c %x %X'), dt.ctime(), f'{dt:%B %d, %Y}')
print(datetime.fromisoformat('2011-11-04T00:05:23'), datetime.fromisoformat('2011-11-04 00:05:23.283'))
print(repr(datetime.fromisoformat('2011-11-04T00:05:23+04:00')), datetime.fromisoformat('2011-11-04'))
print(datetime.combine(date(2020, 5, 17), time(8, 15)), datetime.fromordinal(737000))
print(datetime.min, datetime.max, dt > datetime(2020, 1, 1), dt == datetime(2020, 1, 2, 3, 4, 5, 6))
print(dt == date(2020, 1, 2), date(2020, 1, 2) == dt)
try:
    dt < date(2020, 1, 1)
except TypeError as e:
    print('TypeError', e)

utc = timezone.utc
aware = datetime(2020, 6, 1, 12, 0, tzinfo=utc)
plus2 = timezone(td(hours=2))
print(aware, repr(aware), aware.utcoffset(), aware.tzname(), aware.isoformat())
print(repr(utc), str(utc), repr(plus2), str(plus2), timezone(td(hours=-5, minutes=-30)), timezone(td(hours=1), 'CET'))
print(aware.astimezone(plus2), aware.astimezone(plus2) == aware, aware.timestamp(), aware.strftime('%z %Z'))
print(datetime.fromtimestamp(1600000000, utc), datetime.utcfromtimestamp(1600000000.5), datetime.fromtimestamp(0, plus2))
print(datetime(2020, 6, 1, 14, 0, tzinfo=plus2) - aware, datetime(2020, 6, 1, 14, 0, tzinfo=plus2) == aware)
print(dt_mod.UTC is utc, timezone(td(0)) == utc, aware.replace(tzinfo=None), time(1, tzinfo=utc))
for f in [lambda: timezone(td(hours=24)), lambda: timezone(5), lambda: datetime(2020, 1, 1) - aware,
          lambda: datetime(2020, 1, 1) < aware]:
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(datetime(2020, 1, 1) == aware)
now = datetime.now()
print(type(now).__name__, abs(now - datetime.now()) < td(seconds=5), date.today() == now.date() or True)
print(type(datetime.today()).__name__, datetime.now(utc).tzinfo, type(date.today()).__name__)
