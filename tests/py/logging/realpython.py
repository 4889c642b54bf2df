# The Real Python threading tutorial pattern: asctime with datefmt, messages from threads.
import logging
import re
import sys
import threading
import time
import io

err = io.StringIO()
sys.stderr = err


def thread_function(name):
    logging.info("Thread %s: starting", name)
    time.sleep(0.05)
    logging.info("Thread %s: finishing", name)


format = "%(asctime)s: %(message)s"
logging.basicConfig(format=format, level=logging.INFO, datefmt="%H:%M:%S")
logging.info("Main    : before creating thread")
x = threading.Thread(target=thread_function, args=(1,))
logging.info("Main    : before running thread")
x.start()
logging.info("Main    : wait for the thread to finish")
x.join()
logging.info("Main    : all done")
sys.stderr = sys.__stderr__
lines = err.getvalue().splitlines()
shape = re.compile(r"^\d\d:\d\d:\d\d: (Main    |Thread 1): ")
print(len(lines), all(shape.match(l) for l in lines))
print(sorted(l[10:] for l in lines))

# The default asctime layout, at a fixed time (UTC, so independent of the time zone).
f = logging.Formatter("%(asctime)s %(msecs)03d %(message)s")
f.converter = time.gmtime
r = logging.makeLogRecord({"msg": "fixed", "created": 1700000000.25, "msecs": 250.0})
print(f.format(r))
print(f.formatTime(r, "%H:%M:%S"), f.formatTime(r, "%Y"))
r = logging.makeLogRecord({"msg": "brace {x}", "created": 86400.999, "msecs": 999.0})
print(logging.Formatter("{asctime}|{message}", style="{").formatTime(r) != "")
g = logging.Formatter("${asctime} $message", style="$", datefmt="%d/%m/%Y")
g.converter = time.gmtime
print(g.format(r))
rec = logging.LogRecord("n", 20, "p", 1, "m", None, None)
print(rec.msecs == int((rec.created - int(rec.created)) * 1000), rec.relativeCreated >= 0,
      rec.process > 0, rec.processName, rec.threadName, rec.thread == threading.get_ident())
print(re.match(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3}$", logging.Formatter().formatTime(rec)) is not None)
