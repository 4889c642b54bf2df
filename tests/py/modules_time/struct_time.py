# gmtime/strftime/mktime-independent formatting of fixed timestamps.
import time
t = time.gmtime(0)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday)
print(tuple(time.gmtime(1700000000)))
print(time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(1234567890)))
print(time.strftime("%a %b %d %j %%", time.gmtime(86400 * 365)))
print(time.gmtime(1e9)[:6], len(time.gmtime()))
print(time.asctime(time.gmtime(0)))
