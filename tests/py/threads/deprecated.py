# The camelCase aliases still work and warn with DeprecationWarning.
import threading
import warnings

t = threading.Thread(target=print, name="x")
e = threading.Event()
c = threading.Condition()
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    results = [
        t.getName(),
        t.setName("y"),
        t.isDaemon(),
        t.setDaemon(True),
        t.daemon,
        threading.currentThread() is threading.current_thread(),
        threading.activeCount() == threading.active_count(),
        e.isSet(),
    ]
    with c:
        c.notifyAll()
print(results, t.name)
for w in caught:
    print(w.category.__name__, w.message)
