# Several threads logging at once: every record arrives whole, with its thread's name.
import logging
import threading


class ListHandler(logging.Handler):
    def __init__(self):
        super().__init__()
        self.lines = []

    def emit(self, record):
        self.lines.append(self.format(record))


collect = ListHandler()
collect.setFormatter(logging.Formatter("%(threadName)s|%(levelname)s|%(name)s|%(message)s"))
logging.basicConfig(handlers=[collect], level=logging.DEBUG)


def worker(n):
    log = logging.getLogger("worker.%d" % n)
    for i in range(50):
        log.debug("step %d of %d", i, n)
    logging.info("thread %d done", n)


threads = [threading.Thread(target=worker, args=(n,), name="T%d" % n) for n in range(6)]
for t in threads:
    t.start()
for t in threads:
    t.join()
logging.warning("main done")
print(len(collect.lines))
for line in sorted(collect.lines, key=lambda s: (s.split("|")[0], s)):
    if "step" not in line or line.endswith(("step 0 of 0", "step 49 of 5")):
        print(line)
print(sorted(set(l.split("|")[0] for l in collect.lines)))
print(all(l.count("|") == 3 for l in collect.lines))
print(len(logging.root.manager.loggerDict))
