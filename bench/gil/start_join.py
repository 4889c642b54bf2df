# Thread start + join latency: start a thread that does nothing and join it, many times.
# stdout: a deterministic line; stderr: METRIC start_join_us (median of 5 batches).
import sys
import threading
import time

N = 2000


def nothing():
    pass


def batch():
    t0 = time.perf_counter()
    for _ in range(N):
        t = threading.Thread(target=nothing)
        t.start()
        t.join()
    return (time.perf_counter() - t0) / N * 1e6


times = sorted(batch() for _ in range(5))
print(f"start_join threads={5 * N}")
sys.stderr.write(f"METRIC start_join_us {times[2]:.1f}\n")
