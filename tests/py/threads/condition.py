# Condition: wait (with timeout), wait_for, notify(n), notify_all, errors.
import threading
import time
from mod_util import no_addr

cond = threading.Condition()
print(no_addr(repr(cond)))
for name in ("wait", "notify", "notify_all"):
    try:
        getattr(cond, name)()
    except RuntimeError as e:
        print("RuntimeError:", e)
with cond:
    print(cond.wait(0.01), cond.wait(0), cond.wait(-1))
    print(cond.wait_for(lambda: 0, 0.01), cond.wait_for(lambda: "yes", 0.01))
    cond.notify()
    cond.notify_all()
print(cond.acquire(), cond.acquire(False))
cond.release()
cond.release()

# With a plain Lock too.
plain = threading.Condition(threading.Lock())
try:
    plain.notify()
except RuntimeError as e:
    print("RuntimeError:", e)
with plain:
    print(plain.wait(0.01))

# notify(n) wakes exactly n waiters; notify_all the rest.
for lock in (threading.Lock(), threading.RLock()):
    cond = threading.Condition(lock)
    state = {"tickets": 0, "ready": 0, "done": 0}

    def ticket_waiter(i):
        with cond:
            state["ready"] += 1
            while state["tickets"] == 0:
                cond.wait()
            state["tickets"] -= 1
            state["done"] += 1

    ts = [threading.Thread(target=ticket_waiter, args=(i,)) for i in range(5)]
    for t in ts:
        t.start()
    with cond:
        while state["ready"] < 5:
            cond.wait(0.01)
        state["tickets"] = 2
        cond.notify(2)
    while True:
        with cond:
            if state["done"] == 2:
                break
        time.sleep(0.001)
    with cond:
        print("after notify(2):", state["done"], state["tickets"])
        state["tickets"] = 3
        cond.notify_all()
    for t in ts:
        t.join()
    print("after notify_all:", state["done"])

# wait_for with a predicate made true by another thread.
cond = threading.Condition()
items = []


def producer():
    for i in range(5):
        with cond:
            items.append(i)
            cond.notify()


t = threading.Thread(target=producer)
t.start()
with cond:
    print(cond.wait_for(lambda: len(items) == 5, 10))
t.join()
print(items)

# A timed wait_for that never succeeds returns the predicate's last value.
with cond:
    print(cond.wait_for(lambda: [], timeout=0.02))

# A producer/consumer pair through a condition.
cond = threading.Condition()
box = []
got = []


def consumer():
    for _ in range(100):
        with cond:
            while not box:
                cond.wait()
            got.append(box.pop())
            cond.notify()


t = threading.Thread(target=consumer)
t.start()
for i in range(100):
    with cond:
        while box:
            cond.wait()
        box.append(i)
        cond.notify()
t.join()
print(got == list(range(100)))

# A timed wait that is notified in time returns True.
cond = threading.Condition(threading.Lock())
flags = {"waiting": False}
answer = []


def timed_waiter():
    with cond:
        flags["waiting"] = True
        answer.append(cond.wait(30))


t = threading.Thread(target=timed_waiter)
t.start()
while True:
    with cond:
        if flags["waiting"]:
            cond.notify()
            break
    time.sleep(0.001)
t.join()
print("timed wait notified:", answer)
