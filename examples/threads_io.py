# I/O-bound work: 8 threads each "fetch" a page (time.sleep stands in for the network
# wait) five times, and put what they got on a queue.Queue.
#
# What to look for: the total is about 5 x 0.2 s = 1 s, not 8 x 1 s, in both modes.
# A blocking call (sleep, file or socket I/O, lock waits, join) releases the GIL, so
# threads that wait overlap even with the GIL. `gilpy --trace io.json examples/threads_io.py`
# shows the "released: time.sleep" slices of all threads side by side.
import queue
import threading
import time

THREADS = 8
ROUNDS = 5
DELAY = 0.2


def fetch(worker, results):
    for r in range(ROUNDS):
        time.sleep(DELAY)  # the "network" wait
        results.put((worker, r, f"page {r} for worker {worker}"))


def main():
    results = queue.Queue()
    t0 = time.perf_counter()
    threads = [threading.Thread(target=fetch, args=(w, results)) for w in range(THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - t0
    got = []
    while not results.empty():
        got.append(results.get())
    print(f"{len(got)} pages from {THREADS} threads")
    print("first:", sorted(got)[0][2])
    print(f"elapsed {elapsed:.2f} s (serially it would be {THREADS * ROUNDS * DELAY:.0f} s)")


if __name__ == "__main__":
    main()
