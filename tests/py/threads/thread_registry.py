# current_thread, main_thread, active_count, enumerate, get_ident, get_native_id,
# threading.local, settrace/setprofile, __all__.
import threading
import _thread
from mod_util import ident_repr

main = threading.main_thread()
print(main is threading.current_thread(), main.name, main.daemon, main.is_alive())
print(ident_repr(main))
print(main.ident == threading.get_ident() == _thread.get_ident())
print(main.native_id == threading.get_native_id())
print(threading.active_count(), [t.name for t in threading.enumerate()])

release = threading.Event()
started = threading.Semaphore(0)


def wait_here():
    started.release()
    release.wait()


threads = [threading.Thread(target=wait_here, name=f"w{i}") for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    started.acquire()
print(threading.active_count(), sorted(t.name for t in threading.enumerate()))
print(all(t in threading.enumerate() for t in threads))
release.set()
for t in threads:
    t.join()
print(threading.active_count(), [t.name for t in threading.enumerate()])

# A thread's view of the main thread.
seen = {}


def look():
    seen["main"] = threading.main_thread() is main
    seen["current"] = threading.current_thread() is not main
    seen["main alive"] = main.is_alive()


t = threading.Thread(target=look)
t.start()
t.join()
print(sorted(seen.items()))

# threading.local: one set of attributes per thread.
data = threading.local()
data.x = "main"
print(type(data) is threading.local, threading.local is _thread._local)
out = []


def use_local(n):
    out.append((n, hasattr(data, "x")))
    data.x = n
    out.append((n, data.x))


ts = [threading.Thread(target=use_local, args=(i,)) for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(out), data.x)


class MyLocal(threading.local):
    def __init__(self, start):
        self.value = start
        self.inits = 1


loc = MyLocal(10)
loc.value += 1
res = []


def use_my_local():
    res.append((loc.value, loc.inits))
    loc.value += 5
    res.append(loc.value)


t = threading.Thread(target=use_my_local)
t.start()
t.join()
print(res, loc.value)

# Trace and profile hooks are remembered.
print(threading.gettrace(), threading.getprofile())
threading.settrace(None)
threading.setprofile(None)
print(threading.gettrace(), threading.getprofile())

print(sorted(threading.__all__))
print(threading.ThreadError is RuntimeError, type(threading.TIMEOUT_MAX).__name__,
      threading.TIMEOUT_MAX > 1e6)
print(threading.get_ident is _thread.get_ident)
