# Threads logging concurrently without the GIL: handler locks keep every line whole.
# flags: --no-gil
import logging
import threading
import io

stream = io.StringIO()
logging.basicConfig(stream=stream, level=logging.INFO,
                    format="%(threadName)s %(levelname)s %(name)s %(message)s")
barrier = threading.Barrier(4)


def worker(n):
    barrier.wait()
    log = logging.getLogger("w%d" % n)
    for i in range(200):
        log.info("message %d", i)
        if i % 50 == 0:
            logging.getLogger("shared.%d" % (i // 50)).warning("shared %d from %d", i, n)


threads = [threading.Thread(target=worker, args=(n,), name="Worker-%d" % n) for n in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
lines = stream.getvalue().splitlines()
print(len(lines))
print(sorted(set(l.split()[0] for l in lines)))
counts = {}
for l in lines:
    counts[l.split()[2]] = counts.get(l.split()[2], 0) + 1
print(sorted(counts.items()))
print(all(l.split()[3] in ("message", "shared") and len(l.split()) == 5 for l in lines))
