# threading._PyRLock (CPython's pure-Python RLock, used by code written against CPython's
# tests): recursion, ownership, the Condition helpers, repr.
import threading
from mod_util import no_addr

print(threading._PyRLock is threading._RLock, type(threading.RLock()) is threading._CRLock,
      type(threading.RLock).__name__)
lock = threading._PyRLock()
print(no_addr(repr(lock)))
print(lock.acquire(), lock.acquire(), lock._is_owned())
print(no_addr(repr(lock)))
lock.release()
lock.release()
print(no_addr(repr(lock)), lock._is_owned())
for op in (lock.release, lock._release_save):
    try:
        op()
    except RuntimeError as e:
        print("RuntimeError:", e)
with lock:
    with lock:
        state = lock._release_save()
        print(state == (2, threading.get_ident()), lock._is_owned())
        lock._acquire_restore(state)
        print(lock._is_owned())

# Another thread neither owns it nor can release it.
seen = []
def other():
    seen.append(lock._is_owned())
    seen.append(lock.acquire(False))
    try:
        lock.release()
    except RuntimeError as e:
        seen.append(str(e))
with lock:
    t = threading.Thread(target=other)
    t.start()
    t.join()
print(seen)

# A Condition over it.
cond = threading.Condition(threading._PyRLock())
items = []
def consumer():
    with cond:
        cond.wait_for(lambda: items)
        items.append("consumed")
t = threading.Thread(target=consumer)
t.start()
with cond:
    items.append("produced")
    cond.notify()
t.join()
print(items)
