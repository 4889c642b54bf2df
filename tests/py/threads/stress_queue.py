# timeout: 120
# Items through one Queue from 4 producers to 4 consumers: none lost, none duplicated.
import queue
import threading

PRODUCERS, CONSUMERS, PER_PRODUCER = 4, 4, 250_000
q = queue.Queue(maxsize=1000)
results = [[] for _ in range(CONSUMERS)]


def produce(p):
    put = q.put
    for i in range(PER_PRODUCER):
        put(p * PER_PRODUCER + i)


def consume(c):
    get = q.get
    mine = results[c]
    while True:
        item = get()
        if item is None:
            return
        mine.append(item)


consumers = [threading.Thread(target=consume, args=(c,)) for c in range(CONSUMERS)]
producers = [threading.Thread(target=produce, args=(p,)) for p in range(PRODUCERS)]
for t in consumers + producers:
    t.start()
for t in producers:
    t.join()
for _ in consumers:
    q.put(None)
for t in consumers:
    t.join()
everything = [x for r in results for x in r]
total = PRODUCERS * PER_PRODUCER
print(len(everything), len(set(everything)) == total, sorted(everything) == list(range(total)))
# Each producer's items arrive in order at any one consumer.
print(all(all(a < b for a, b in zip(
    [x for x in r if x // PER_PRODUCER == p], [x for x in r if x // PER_PRODUCER == p][1:]))
    for r in results for p in range(PRODUCERS)))
print(q.empty(), q.unfinished_tasks == total + CONSUMERS)
