# Lock and RLock: acquire/release/locked, timeouts, errors, context managers,
# ownership across threads, reprs.
import threading
import _thread
from mod_util import no_addr

lock = threading.Lock()
print(type(lock) is _thread.LockType)
print(no_addr(repr(lock)), lock.locked())
print(lock.acquire(), lock.locked(), no_addr(repr(lock)))
print(lock.acquire(False), lock.acquire(blocking=False), lock.acquire(timeout=0.01),
      lock.acquire(True, 0))
lock.release()
print(lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
for kwargs in ({"timeout": -2}, {"timeout": -0.5}, {"blocking": False, "timeout": 1},
               {"timeout": threading.TIMEOUT_MAX * 2}):
    try:
        lock.acquire(**kwargs)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
print(lock.acquire(timeout=-1), lock.locked())
lock.release()
with lock as got:
    print("inside with", got, lock.locked())
print(lock.locked())
try:
    with lock:
        raise KeyError("x")
except KeyError:
    print("released after error:", not lock.locked())
print(lock.acquire_lock(), lock.locked_lock())
lock.release_lock()
print(_thread.allocate_lock().locked())

# Any thread may release a Lock.
lock.acquire()
t = threading.Thread(target=lock.release)
t.start()
t.join()
print("released by other thread:", not lock.locked())

# A thread blocks on a held lock until it is released.
order = []
lock.acquire()


def waiter():
    with lock:
        order.append("waiter got it")


t = threading.Thread(target=waiter)
t.start()
t.join(0.05)
order.append("main releases")
lock.release()
t.join()
print(order)

# RLock
r = threading.RLock()
print(no_addr(repr(r)))
print(r.acquire(), r.acquire(), r._is_owned(), r._recursion_count())
r.release()
print(r._recursion_count(), r._is_owned())
r.release()
print(r._recursion_count(), r._is_owned())
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)
with r:
    with r:
        print("nested", r._recursion_count())
print(r.acquire(blocking=False), r.acquire(timeout=0.5))
r.release()
r.release()
try:
    r.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)

# Another thread cannot release or take an RLock owned here.
r.acquire()
res = []


def other():
    try:
        r.release()
    except RuntimeError as e:
        res.append(str(e))
    res.append(r.acquire(timeout=0.01))
    res.append(r._is_owned())


t = threading.Thread(target=other)
t.start()
t.join()
print(res)
r.release()


def take_and_keep():
    r.acquire()
    res.append(r._is_owned())
    r.release()


t = threading.Thread(target=take_and_keep)
t.start()
t.join()
print(res[-1], r._is_owned())
