# Semaphore and BoundedSemaphore: counting, blocking, timeouts, errors, limiting
# concurrency.
import threading
import time
from mod_util import no_addr

s = threading.Semaphore(2)
print(no_addr(repr(s)))
print(s.acquire(), s.acquire(), s.acquire(False), s.acquire(timeout=0.01),
      s.acquire(True, 0), s.acquire(timeout=-1))
s.release()
print(no_addr(repr(s)))
s.release(3)
print(no_addr(repr(s)))
for bad in (lambda: threading.Semaphore(-1), lambda: s.release(0),
            lambda: s.acquire(False, 1), lambda: threading.BoundedSemaphore(-1)):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
with s:
    print("inside", no_addr(repr(s)))
print(no_addr(repr(s)))

b = threading.BoundedSemaphore(2)
print(no_addr(repr(b)))
b.acquire()
b.release()
try:
    b.release()
except ValueError as e:
    print("ValueError:", e)
b.acquire()
b.acquire()
try:
    b.release(3)
except ValueError as e:
    print("ValueError:", e)
b.release(2)
print(no_addr(repr(b)))
print(isinstance(b, threading.Semaphore))

# At most 3 threads inside at once.
limit = threading.BoundedSemaphore(3)
guard = threading.Lock()
inside = 0
peak = 0


def worker():
    global inside, peak
    for _ in range(20):
        with limit:
            with guard:
                inside += 1
                peak = max(peak, inside)
            time.sleep(0.0005)
            with guard:
                inside -= 1


ts = [threading.Thread(target=worker) for _ in range(8)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("peak <= 3:", 1 <= peak <= 3, "inside:", inside, no_addr(repr(limit)))

# A blocked acquire is woken by a release from another thread.
s = threading.Semaphore(0)
got = []
t = threading.Thread(target=lambda: got.append(s.acquire()))
t.start()
s.release()
t.join()
print(got)
