# time.time/perf_counter/monotonic types and monotonicity; sleep duration.
import time
t0, p0, m0 = time.time(), time.perf_counter(), time.monotonic()
print(type(t0).__name__, type(p0).__name__, type(m0).__name__, t0 > 1.6e9)
time.sleep(0.05)
t1, p1, m1 = time.time(), time.perf_counter(), time.monotonic()
print(p1 - p0 >= 0.045, m1 - m0 >= 0.045, t1 >= t0, p1 - p0 < 5)
print(type(time.time_ns()).__name__, time.time_ns() > 1.6e18, type(time.perf_counter_ns()).__name__, type(time.monotonic_ns()).__name__)
time.sleep(0)
try:
    time.sleep(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    time.sleep("1")
except TypeError as e:
    print(type(e).__name__, e)
print(type(time.process_time()).__name__)
