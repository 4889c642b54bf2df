# CPU-bound work: 4 threads each summing range(10_000_000), beside the same work done
# serially.
#
# What to look for:
#   gilpy examples/threads_cpu.py            -> the threaded run takes about as long as the
#                                              serial one: only the thread holding the GIL
#                                              runs bytecode (the GIL is handed over every
#                                              5 ms switch interval).
#   gilpy --no-gil examples/threads_cpu.py   -> the threaded run is about N times faster on
#                                              N cores: the threads really run in parallel.
#   gilpy --gil-stats examples/threads_cpu.py shows each thread holding the GIL about a
#   quarter of the time and waiting for it the rest.
import sys
import threading
import time

N = 10_000_000
THREADS = 4


def total(n):
    s = 0
    for i in range(n):
        s += i
    return s


def serial():
    return [total(N) for _ in range(THREADS)]


def threaded():
    results = [None] * THREADS

    def worker(k):
        results[k] = total(N)

    threads = [threading.Thread(target=worker, args=(k,)) for k in range(THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results


def main():
    mode = "with the GIL" if sys._is_gil_enabled() else "free-threaded (no GIL)"
    print(f"{THREADS} x sum(range({N:_})), {mode}")
    t0 = time.perf_counter()
    r1 = serial()
    t_serial = time.perf_counter() - t0
    print(f"Result: {r1[0]}  serial:   {t_serial:.2f} s")
    t0 = time.perf_counter()
    r2 = threaded()
    t_threads = time.perf_counter() - t0
    print(f"Result: {r2[0]}  threaded: {t_threads:.2f} s")
    assert r1 == r2
    print(f"threaded / serial = {t_threads / t_serial:.2f}")


if __name__ == "__main__":
    main()
