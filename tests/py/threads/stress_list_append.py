# timeout: 60
# 8 threads x 100k list.append on one shared list: the length is exact and every
# item is there once.
import threading

shared = []
THREADS, N = 8, 100_000


def append_many(k):
    append = shared.append
    for i in range(N):
        append(k * N + i)


ts = [threading.Thread(target=append_many, args=(k,)) for k in range(THREADS)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(shared), len(set(shared)) == THREADS * N, sum(shared) == sum(range(THREADS * N)))
