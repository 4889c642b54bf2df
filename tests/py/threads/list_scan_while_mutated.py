# list.index and list.count scan a list while another thread inserts at the front and
# removes again: neither may miss the item or count it twice (without the GIL the scan
# must not skip items that shift under it).
import _thread
import threading

li = list(range(100))
stop = False
started = threading.Event()
done = threading.Event()


def churn():
    started.set()
    while not stop:
        li.insert(0, -1)
        li.remove(-1)
    done.set()


_thread.start_new_thread(churn, ())
started.wait()
missed_index = miscounted = 0
for _ in range(50000):
    try:
        li.index(99)
    except ValueError:
        missed_index += 1
    if li.count(99) != 1:
        miscounted += 1
stop = True
done.wait()
print("index misses:", missed_index, "count errors:", miscounted)
print(sorted(li) == list(range(100)))
