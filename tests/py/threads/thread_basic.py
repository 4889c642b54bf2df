# Thread: target/args/kwargs, subclassing, names as CPython numbers them, start/join
# errors, is_alive, ident, native_id, daemon, repr.
import threading
import functools
from mod_util import ident_repr

results = []


def work(a, b=0, *, c=0):
    results.append((a, b, c))


t = threading.Thread(target=work, args=(1,), kwargs={"b": 2, "c": 3})
print(t.name, t.ident, t.native_id, t.is_alive(), t.daemon)
print(ident_repr(t))
t.start()
t.join()
print(results, t.is_alive())
print(type(t.ident).__name__, type(t.native_id).__name__, t.ident != threading.get_ident())
print(ident_repr(t))

# Default names: one counter for every unnamed thread, with the target's name.
class Callable:
    def __call__(self):
        pass

    def method(self):
        pass

names = [
    threading.Thread().name,
    threading.Thread(target=print).name,
    threading.Thread(target=lambda: None).name,
    threading.Thread(target=Callable()).name,
    threading.Thread(target=Callable().method).name,
    threading.Thread(target=functools.partial(work, 1)).name,
    threading.Thread(name="worker").name,
    threading.Thread(name="").name,
    threading.Thread(name=0).name,
    threading.Thread(name=42).name,
    threading.Thread(target=5).name,
    threading.Timer(1, print).name,
]
print(names)


# Subclass overriding run, with its own __init__.
class Counter(threading.Thread):
    def __init__(self, n):
        super().__init__(name=f"counter-{n}")
        self.n = n
        self.total = None

    def run(self):
        self.total = sum(range(self.n))


c = Counter(100)
c.start()
c.join()
print(c.name, c.total)

# Errors.
try:
    c.start()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.Thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    c.daemon = True
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.Thread(group=1)
except AssertionError as e:
    print("AssertionError:", e)


class NoInit(threading.Thread):
    def __init__(self):
        pass


try:
    NoInit().start()
except RuntimeError as e:
    print("RuntimeError:", e)

errors = []


def join_self():
    try:
        threading.current_thread().join()
    except RuntimeError as e:
        errors.append(str(e))


t = threading.Thread(target=join_self)
t.start()
t.join()
print(errors)

# join with a timeout on a thread that is still blocked.
gate = threading.Lock()
gate.acquire()
t = threading.Thread(target=gate.acquire, daemon=True)
t.start()
print(t.daemon, t.is_alive())
t.join(0.05)
print("after join(0.05):", t.is_alive())
t.join(-1)
print("after join(-1):", t.is_alive())
print(ident_repr(t))
gate.release()
t.join()
print("after release:", t.is_alive())
print(ident_repr(t))

# daemon is inherited from the creating thread.
seen = []


def child():
    seen.append(threading.Thread().daemon)


for d in (False, True):
    t = threading.Thread(target=child, daemon=d)
    t.start()
    t.join()
print(seen)
t = threading.Thread(target=child)
t.daemon = True
print(t.daemon)
t.name = 12
print(repr(t.name))

# Threads see their own Thread object and ident.
inside = {}


def who():
    me = threading.current_thread()
    inside["same"] = me is t
    inside["ident"] = me.ident == threading.get_ident()
    inside["native"] = me.native_id == threading.get_native_id()
    inside["alive"] = me.is_alive()
    inside["name"] = me.name


t = threading.Thread(target=who, name="who")
t.start()
t.join()
print(sorted(inside.items()))
