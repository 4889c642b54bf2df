# acquire()'s arguments on Lock, RLock and threading's Python RLock, checked in CPython's
# order: the timeout is converted to nanoseconds first (floats and ints out of range fail
# differently), then a timeout given to a non-blocking call, then a negative one; blocking
# must be an int.
import _thread
import threading

cases = (
    {"blocking": False, "timeout": 1},
    {"blocking": False, "timeout": -2},
    {"blocking": False, "timeout": -1},
    {"timeout": -2},
    {"timeout": -1.0000000001},
    {"timeout": _thread.TIMEOUT_MAX + 1},
    {"timeout": 9223372037},
    {"timeout": -9223372037},
    {"timeout": 2**64},
    {"timeout": 1e19},
    {"timeout": float("inf")},
    {"timeout": float("-inf")},
    {"timeout": float("nan")},
    {"blocking": False, "timeout": float("nan")},
    {"blocking": False, "timeout": float("inf")},
    {"timeout": "1"},
    {"timeout": None},
    {"blocking": "x"},
    {"blocking": None},
    {"blocking": 1.5},
    {"blocking": 2**40},
    {"blocking": -2**40},
    {"blocking": 2**70},
)
for make in (_thread.allocate_lock, _thread.RLock, threading._PyRLock):
    print(make.__name__)
    for kw in cases:
        lock = make()
        try:
            print(" ", kw, lock.acquire(**kw))
        except Exception as e:
            print(" ", kw, type(e).__name__ + ":", e)

# Values in range work: an unlocked lock is taken at once whatever the timeout.
lock = _thread.allocate_lock()
for t in (_thread.TIMEOUT_MAX, 9223372036.8, 9223372036, True, 0, 1e-10):
    print(t, lock.acquire(timeout=t), lock.locked())
    lock.release()
lock.acquire()
print(lock.acquire(blocking=0), lock.acquire(2, 0.01), lock.acquire(True, 1e-10))
r = _thread.RLock()
print(r.acquire(), r.acquire(blocking=0, timeout=-1), r._recursion_count())
