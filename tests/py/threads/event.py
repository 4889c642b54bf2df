# Event: set/clear/is_set/wait with and without timeout, many waiters.
import threading
from mod_util import no_addr

e = threading.Event()
print(no_addr(repr(e)), e.is_set(), e.wait(0.01), e.wait(0), e.wait(-1))
e.set()
print(no_addr(repr(e)), e.is_set(), e.wait(), e.wait(0.01), e.wait(-1))
e.clear()
print(e.is_set(), e.wait(0.01))

results = []
lock = threading.Lock()


def waiter(i):
    r = e.wait()
    with lock:
        results.append((i, r))


ts = [threading.Thread(target=waiter, args=(i,)) for i in range(6)]
for t in ts:
    t.start()
e.set()
for t in ts:
    t.join()
print(sorted(results))

# Set from another thread while the main thread waits.
e = threading.Event()
t = threading.Thread(target=e.set)
t.start()
print(e.wait(10))
t.join()

# Ping-pong with two events.
ping, pong = threading.Event(), threading.Event()
trace = []


def player():
    for i in range(20):
        ping.wait()
        ping.clear()
        trace.append(i)
        pong.set()


t = threading.Thread(target=player)
t.start()
for i in range(20):
    ping.set()
    pong.wait()
    pong.clear()
t.join()
print(trace == list(range(20)))
