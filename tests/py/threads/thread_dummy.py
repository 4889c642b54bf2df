# Threads started with _thread.start_new_thread: current_thread() gives a
# _DummyThread named Dummy-N (sharing the Thread-N counter), daemon, alive.
import threading
import _thread
from mod_util import ident_repr

done = threading.Lock()
done.acquire()
info = {}


def raw(a, b):
    me = threading.current_thread()
    info["class"] = type(me).__name__
    info["name"] = me.name
    info["daemon"] = me.daemon
    info["alive"] = me.is_alive()
    info["same"] = threading.current_thread() is me
    info["ident"] = me.ident == threading.get_ident()
    info["args"] = (a, b)
    info["repr"] = ident_repr(me)
    info["listed"] = me in threading.enumerate()
    done.release()


print(threading.Thread().name)
ident = _thread.start_new_thread(raw, (1, 2))
done.acquire()
print(type(ident).__name__)
for k in sorted(info):
    print(k, info[k])
print(threading.Thread().name)

# A thread started without threading never asking for current_thread() is not listed.
count = threading.active_count()
_thread.start_new_thread(done.release, ())
done.acquire()
print(threading.active_count() - count)
