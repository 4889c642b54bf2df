# Timer: fires once with its arguments, cancel() before it fires, naming.
import threading

fired = []
t = threading.Timer(0.01, lambda *a, **k: fired.append((a, k)), args=(1, 2), kwargs={"x": 3})
print(t.name, t.interval, t.daemon, t.finished.is_set())
t.start()
t.join()
print(fired, t.finished.is_set(), t.is_alive())

t = threading.Timer(30, fired.append, args=("never",))
t.start()
t.cancel()
t.join()
print(fired, t.finished.is_set())

t = threading.Timer(0, fired.append, ["now"])
t.start()
t.join()
print(fired)
print(isinstance(t, threading.Thread), threading.Timer(1, print).name)
