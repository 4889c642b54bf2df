# Module-level functions and classes are shared by every thread (and, without the GIL,
# called from several cores at once): definitions made while other threads call them,
# rebinding, and per-thread exec namespaces must all stay correct.
import threading


def square(x):
    return x * x


class Point:
    def __init__(self, x):
        self.x = x

    def norm(self):
        return square(self.x)


results = {}
lock = threading.Lock()


def worker(n):
    total = 0
    for i in range(2000):
        total += Point(i % 10).norm() + square(i % 7)
    ns = {}
    exec("def helper(v):\n    return v + %d\nclass K:\n    k = %d\nout = helper(K.k)" % (n, n), ns)
    with lock:
        results[n] = (total, ns["out"])


threads = [threading.Thread(target=worker, args=(n,)) for n in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results.items()))


# Rebinding a module-level name to a new definition while threads call it by name.
def version():
    return 1


seen = []


def caller():
    local = set()
    for _ in range(3000):
        local.add(version())
    with lock:
        seen.append(local <= {1, 2})


ts = [threading.Thread(target=caller) for _ in range(4)]
for t in ts:
    t.start()


def version():  # noqa: F811 -- rebinding on purpose
    return 2


for t in ts:
    t.join()
print(seen, version())
