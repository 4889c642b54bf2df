# `counter += 1` from many threads: exact with a Lock; without one, updates may be
# lost when running without the GIL, so only a range is checked.
import threading

N, THREADS = 20000, 4
counter = 0
locked_counter = 0
lock = threading.Lock()


def bump():
    global counter
    for _ in range(N):
        counter += 1


def bump_locked():
    global locked_counter
    for _ in range(N):
        with lock:
            locked_counter += 1


for target in (bump, bump_locked):
    ts = [threading.Thread(target=target) for _ in range(THREADS)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
print("locked:", locked_counter)
print("unlocked in range:", N <= counter <= N * THREADS)
