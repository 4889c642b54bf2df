# Barrier: wait indices, action, cycles, parties/n_waiting/broken, abort, reset,
# timeouts, BrokenBarrierError.
import threading
import time
from mod_util import no_addr

actions = []
b = threading.Barrier(4, action=lambda: actions.append("action"))
print(no_addr(repr(b)), b.parties, b.n_waiting, b.broken)
indices = []
lock = threading.Lock()


def party():
    for cycle in range(3):
        i = b.wait()
        with lock:
            indices.append((cycle, i))


ts = [threading.Thread(target=party) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(indices))
print(actions, b.n_waiting, b.broken)
print(issubclass(threading.BrokenBarrierError, RuntimeError))

# abort() breaks the barrier for the threads waiting in it and for later ones.
b = threading.Barrier(3)
errors = []


def breaker_victim():
    try:
        b.wait()
    except threading.BrokenBarrierError as e:
        with lock:
            errors.append(type(e).__name__)


ts = [threading.Thread(target=breaker_victim) for _ in range(2)]
for t in ts:
    t.start()
while b.n_waiting < 2:
    time.sleep(0.001)
print("waiting:", b.n_waiting, no_addr(repr(b)))
b.abort()
for t in ts:
    t.join()
print(errors, b.broken, no_addr(repr(b)))
try:
    b.wait()
except threading.BrokenBarrierError:
    print("broken barrier refuses wait")

# reset() makes it usable again.
b.reset()
print(b.broken, b.n_waiting)
out = []
ts = [threading.Thread(target=lambda: out.append(b.wait())) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(out))

# reset() while threads wait: they get BrokenBarrierError, the barrier stays usable.
errors.clear()
ts = [threading.Thread(target=breaker_victim) for _ in range(2)]
for t in ts:
    t.start()
while b.n_waiting < 2:
    time.sleep(0.001)
b.reset()
for t in ts:
    t.join()
print(errors, b.broken)

# A timeout breaks the barrier.
b = threading.Barrier(2, timeout=0.02)
try:
    b.wait()
except threading.BrokenBarrierError:
    print("timed out, broken:", b.broken)
b = threading.Barrier(2)
try:
    b.wait(timeout=0.01)
except threading.BrokenBarrierError:
    print("timed out, broken:", b.broken)


# A failing action breaks the barrier; the thread running it gets the error.
def bad_action():
    raise ValueError("action failed")


b = threading.Barrier(2, action=bad_action)
outcome = []


def run_party():
    try:
        b.wait()
        outcome.append("passed")
    except ValueError as e:
        outcome.append("ValueError " + str(e))
    except threading.BrokenBarrierError:
        outcome.append("BrokenBarrierError")


ts = [threading.Thread(target=run_party) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(outcome), b.broken)
