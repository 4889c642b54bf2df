# Producer/consumer: 2 producers put jobs on a bounded queue.Queue, 3 consumers take
# them, mark each with task_done(), and the main thread waits with queue.join().
#
# What to look for: every job is processed exactly once, and the program ends cleanly in
# both modes. put() blocks while the queue is full and get() while it is empty; both
# release the GIL while they wait. The consumers are daemon threads blocked in get() at
# the end: they do not keep the program alive.
import queue
import threading
import time

JOBS_PER_PRODUCER = 50
jobs = queue.Queue(maxsize=10)
done = []
done_lock = threading.Lock()


def producer(pid):
    for n in range(JOBS_PER_PRODUCER):
        jobs.put((pid, n))


def consumer():
    while True:
        pid, n = jobs.get()
        time.sleep(0.001)  # "work"
        with done_lock:
            done.append((pid, n))
        jobs.task_done()


def main():
    for _ in range(3):
        threading.Thread(target=consumer, daemon=True).start()
    producers = [threading.Thread(target=producer, args=(p,)) for p in range(2)]
    for p in producers:
        p.start()
    for p in producers:
        p.join()
    jobs.join()  # until every job has been marked done
    expected = {(p, n) for p in range(2) for n in range(JOBS_PER_PRODUCER)}
    print(f"processed {len(done)} jobs; all exactly once: {sorted(done) == sorted(expected)}")


if __name__ == "__main__":
    main()
