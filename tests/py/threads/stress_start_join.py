# timeout: 60
# Threads started and joined 10k times (one at a time, then in batches of 50).
import threading

done = []


def bump():
    done.append(1)


for _ in range(5000):
    t = threading.Thread(target=bump)
    t.start()
    t.join()
for _ in range(100):
    batch = [threading.Thread(target=bump) for _ in range(50)]
    for t in batch:
        t.start()
    for t in batch:
        t.join()
print(threading.active_count(), [t.name for t in threading.enumerate()])
print(batch[-1].name, len(done))
print(all(not t.is_alive() for t in batch))
