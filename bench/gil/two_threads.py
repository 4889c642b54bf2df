# Two CPU-bound threads against one thread doing the same two units in a row.
# With the GIL the ratio one/two is ~1.0; free-threaded on 2 cores it should approach 2.0.
# Two kinds of work: a loop over local ints, and recursive calls of a global function
# (which share the function, code and globals objects between the threads).
# stdout: deterministic results; stderr: METRIC lines (medians of ROUNDS).
import sys
import threading
import time

ROUNDS = 5


def loop_work(seed):
    x = seed
    acc = 0
    for i in range(400_000):
        x = (x * 1103515245 + 12345) % 2147483648
        acc = (acc + (x & 255)) % 1000000007
    return acc


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def call_work(seed):
    return fib(22 + seed % 2)


def timed(work, nthreads):
    results = [None, None]

    def run(units):
        for u in units:
            results[u] = work(u)

    if nthreads == 1:
        threads = [threading.Thread(target=run, args=([0, 1],))]
    else:
        threads = [threading.Thread(target=run, args=([u],)) for u in (0, 1)]
    t0 = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return time.perf_counter() - t0, results


def median(xs):
    return sorted(xs)[len(xs) // 2]


for name, work in (("loop", loop_work), ("calls", call_work)):
    speedups = []
    for _ in range(ROUNDS):
        t1, r1 = timed(work, 1)
        t2, r2 = timed(work, 2)
        speedups.append(t1 / t2)
    print(f"two_threads {name} results={r1} same={r1 == r2}")
    sys.stderr.write(f"METRIC {name}_speedup {median(speedups):.3f}\n")
