# queue: orders of Queue/LifoQueue/PriorityQueue, maxsize, block/timeout, nowait,
# qsize/empty/full, task_done/join, errors, SimpleQueue, subclass hooks.
import queue
import threading

print(sorted(queue.__all__))
print(queue.Empty.__name__, issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))

for cls in (queue.Queue, queue.LifoQueue, queue.PriorityQueue):
    q = cls()
    for x in (3, 1, 4, 1, 5, 9, 2, 6):
        q.put(x)
    print(cls.__name__, q.qsize(), q.empty(), q.full(), q.maxsize,
          [q.get() for _ in range(8)], q.empty())

q = queue.PriorityQueue()
for item in [(2, "b"), (1, "a"), (3, "c"), (1, "aa")]:
    q.put_nowait(item)
print([q.get_nowait() for _ in range(4)])

# Bounded queues.
q = queue.Queue(maxsize=2)
q.put(1)
q.put(2, block=False)
print(q.full(), q.qsize())
for attempt in (lambda: q.put(3, block=False), lambda: q.put_nowait(3),
                lambda: q.put(3, timeout=0.01), lambda: q.put(3, True, 0)):
    try:
        attempt()
    except queue.Full as e:
        print("Full", repr(e))
print(q.get(), q.get(), q.empty())
for attempt in (lambda: q.get(block=False), q.get_nowait,
                lambda: q.get(timeout=0.01), lambda: q.get(True, 0)):
    try:
        attempt()
    except queue.Empty as e:
        print("Empty", repr(e))

# Negative timeouts.
for q in (queue.Queue(), queue.Queue(1), queue.SimpleQueue()):
    q.put("x")
    try:
        q.get(timeout=-1)
    except ValueError as e:
        print(type(q).__name__, "get: ValueError:", e)
    print(q.get(False, -1))
q = queue.Queue(2)
try:
    q.put(1, timeout=-1)
except ValueError as e:
    print("put: ValueError:", e)
q = queue.Queue()
q.put(1, timeout=-1)
print("unbounded put ignores the timeout:", q.qsize())

# maxsize <= 0 means unbounded.
for size in (0, -5):
    q = queue.Queue(size)
    for i in range(1000):
        q.put_nowait(i)
    print(size, q.qsize(), q.full())

# task_done / join
q = queue.Queue()
try:
    q.task_done()
except ValueError as e:
    print("ValueError:", e)
done = []


def worker():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            return
        done.append(item * 2)
        q.task_done()


ts = [threading.Thread(target=worker) for _ in range(3)]
for t in ts:
    t.start()
for i in range(50):
    q.put(i)
q.join()
print("joined", len(done), q.unfinished_tasks)
for t in ts:
    q.put(None)
for t in ts:
    t.join()
print(sorted(done) == [i * 2 for i in range(50)])
q.join()

# A blocked get is woken by a put from another thread, and a blocked put by a get.
q = queue.Queue(1)
got = []
t = threading.Thread(target=lambda: got.append(q.get(timeout=10)))
t.start()
q.put("hello")
t.join()
q.put("a")
t = threading.Thread(target=lambda: q.put("b", timeout=10))
t.start()
got.append(q.get())
t.join()
got.append(q.get())
print(got)

# SimpleQueue
sq = queue.SimpleQueue()
print(sq.empty(), sq.qsize())
for i in range(3):
    sq.put(i)
sq.put_nowait(3)
sq.put(4, block=False, timeout=1)
print(sq.qsize(), sq.empty(), [sq.get() for _ in range(3)], sq.get_nowait(), sq.get(False))
for attempt in (sq.get_nowait, lambda: sq.get(timeout=0.01), lambda: sq.get(block=False)):
    try:
        attempt()
    except queue.Empty:
        print("Empty")
t = threading.Thread(target=lambda: sq.put("late"))
t.start()
print(sq.get(timeout=10))
t.join()


# Subclass hooks, as in CPython's queue: storage replaced by a set.
class SetQueue(queue.Queue):
    def _init(self, maxsize):
        self.queue = set()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.add(item)

    def _get(self):
        item = min(self.queue)
        self.queue.remove(item)
        return item


class SortedQueue(queue.Queue):
    def _init(self, maxsize):
        self.queue = []

    def _put(self, item):
        self.queue.append(item)
        self.queue.sort(reverse=True)

    def _get(self):
        return self.queue.pop()


sq2 = SortedQueue(maxsize=3)
for x in ("pear", "apple", "fig"):
    sq2.put(x)
print(sq2.full(), [sq2.get() for _ in range(3)])
sq3 = SetQueue()
for x in (5, 5, 2, 2):
    sq3.put(x)
print(sq3.qsize(), sq3.unfinished_tasks, sq3.get(), sq3.get(), sq3.empty())
