# A data race: 4 threads each do `counter += 1` 200_000 times on a global, once without a
# lock and once with a threading.Lock.
#
# What to look for:
#   With the GIL, the unlocked count usually comes out right here but is not guaranteed
#   to (`counter += 1` is a load, an add and a store; a switch can fall in between).
#   With --no-gil the threads really run at once: the unlocked count loses updates (it
#   prints less than 800000), exactly like free-threaded CPython. The locked count is
#   always exact. Nothing crashes either way: the race is in the Python program, not in
#   the interpreter.
import sys
import threading

THREADS = 4
N = 200_000
counter = 0
lock = threading.Lock()


def unsafe():
    global counter
    for _ in range(N):
        counter += 1


def safe():
    global counter
    for _ in range(N):
        with lock:
            counter += 1


def run(target):
    global counter
    counter = 0
    threads = [threading.Thread(target=target) for _ in range(THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return counter


def main():
    mode = "with the GIL" if sys._is_gil_enabled() else "free-threaded (no GIL)"
    expected = THREADS * N
    print(f"{THREADS} threads x {N} increments, {mode}; expected {expected}")
    got = run(unsafe)
    print(f"without a lock: {got} ({expected - got} updates lost)")
    got = run(safe)
    print(f"with a lock:    {got} ({expected - got} updates lost)")


if __name__ == "__main__":
    main()
