# timeout: 60
# 8 threads inserting and deleting in one dict, half of them with keys whose class
# defines __eq__ and __hash__ in Python: no crash, no deadlock, a consistent end state.
import threading

THREADS, ROUNDS = 8, 20_000


class Key:
    __slots__ = ("n",)

    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return isinstance(other, Key) and self.n == other.n

    def __hash__(self):
        return hash(self.n) % 1000


shared = {}


def plain_worker(k):
    base = k * ROUNDS
    for i in range(ROUNDS):
        shared[base + i] = i
        if i % 3 == 0:
            del shared[base + i]
    for i in range(0, ROUNDS, 2):
        shared.pop(base + i, None)


def eq_worker(k):
    base = k * ROUNDS
    for i in range(ROUNDS // 4):
        key = Key(base + i)
        shared[key] = i
        if i % 2 == 0:
            del shared[Key(base + i)]
        shared.get(Key(base + i + 1))


ts = [threading.Thread(target=plain_worker if k % 2 == 0 else eq_worker, args=(k,))
      for k in range(THREADS)]
for t in ts:
    t.start()
for t in ts:
    t.join()

expected = {}
for k in range(THREADS):
    base = k * ROUNDS
    if k % 2 == 0:
        for i in range(ROUNDS):
            if i % 3 != 0 and i % 2 != 0:
                expected[base + i] = i
    else:
        for i in range(ROUNDS // 4):
            if i % 2 != 0:
                expected[Key(base + i)] = i
print(len(shared), len(expected), shared == expected)
print(sum(1 for key in shared if isinstance(key, Key)))
