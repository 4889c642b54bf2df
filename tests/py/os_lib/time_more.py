# time: struct_time behaviour, strftime/asctime on fixed UTC times, mktime/localtime round trip.
import time
t = time.gmtime(1234567890)
print(t)
print(t[0], t[-1], t[:3], len(t), t.tm_zone, t.tm_gmtoff, type(t).__name__)
print(tuple(t) == (2009, 2, 13, 23, 31, 30, 4, 44, 0), t == tuple(t), list(t)[6:])
y, m, d, *rest = t
print(y, m, d, rest)
st = time.struct_time((2020, 2, 29, 12, 0, 0, 5, 60, 0))
print(st.tm_year, st.tm_yday, st.tm_zone, st)
try:
    time.struct_time((1, 2, 3))
except TypeError as e:
    print("TypeError", e)
for fmt in ["%Y-%m-%d", "%H:%M:%S", "%a %A %b %B", "%j %U %W %w", "%y %I %p %%", "%c", "%x %X", "%D %T %e"]:
    print(repr(fmt), time.strftime(fmt, t))
print(time.strftime("", t) == "", time.strftime("%Y", (2021, 1, 1, 0, 0, 0, 0, 1, 0)))
print(time.asctime(t), time.asctime((1999, 12, 31, 23, 59, 59, 4, 365, 0)))
for bad in [(2020, 13, 1, 0, 0, 0, 0, 1, 0), (2020, 1, 32, 0, 0, 0, 0, 1, 0), (2020, 1, 1, 24, 0, 0, 0, 1, 0)]:
    try:
        time.asctime(bad)
    except ValueError as e:
        print("ValueError", e)
for bad in ["x", (1, 2), 5]:
    try:
        time.strftime("%Y", bad)
    except TypeError as e:
        print("TypeError", e)
now = int(time.time())
print(time.mktime(time.localtime(now)) == now, type(time.mktime(time.localtime(now))).__name__)
lt = time.localtime(now)
print(len(lt), lt.tm_isdst in (0, 1), type(lt.tm_zone).__name__, type(lt.tm_gmtoff).__name__)
print(time.gmtime(-1)[:6], time.gmtime(0.99)[5], time.gmtime(951782400)[:3])
print(time.strftime("%Y/%m/%d", time.gmtime(4102444800)))
print(isinstance(time.timezone, int), isinstance(time.tzname, tuple), len(time.tzname))
print(type(time.ctime()).__name__, len(time.ctime(0)) == 24)
t0 = time.monotonic_ns()
t1 = time.monotonic_ns()
print(t1 >= t0, type(time.thread_time()).__name__, type(time.process_time_ns()).__name__)
try:
    time.sleep(float("nan"))
except ValueError as e:
    print("ValueError", e)
try:
    time.gmtime("0")
except TypeError as e:
    print("TypeError", e)
