# datetime: timetuple, isoformat fractions, subclass reprs, strptime
from datetime import *
print('12'.isascii())
print(date(2020,1,2).timetuple())
print(datetime(2020,1,2,3,4,5).timetuple())
for s in ['25:00', '1', '12:3x', '12:30:00.1234']:
    try: print(time.fromisoformat(s))
    except ValueError as e: print('ValueError', e)
class MyDate(date): pass
print(repr(MyDate(2020,1,1) + timedelta(1)))
print(timedelta(seconds=0.1) * 3, timedelta(minutes=1.7), timedelta(days=0.1, hours=-0.3))
for a in [('2020-01-02 03:04:05', '%Y-%m-%d %H:%M:%S'), ('31/12/99', '%d/%m/%y'), ('Jan 5 2021 1:05PM', '%b %d %Y %I:%M%p'),
          ('Tuesday, March 3, 2020', '%A, %B %d, %Y'), ('2020-01-02T03:04:05.123+0530', '%Y-%m-%dT%H:%M:%S.%f%z'),
          ('2020 045', '%Y %j'), ('12%', '%H%%'), ('2020-01-02x', '%Y-%m-%d'), ('2020/01/02', '%Y-%m-%d'), ('20', '%Y'),
          ('2020-02-30', '%Y-%m-%d')]:
    try:
        print(repr(datetime.strptime(*a)))
    except ValueError as e:
        print('ValueError', e)
