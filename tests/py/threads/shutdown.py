# At exit the interpreter waits for non-daemon threads, not for daemon ones.
import threading
import time

ready = threading.Event()


def late_worker():
    ready.set()
    time.sleep(0.2)
    print("non-daemon worker finished after main")


def forever():
    while True:
        time.sleep(0.05)


threading.Thread(target=forever, daemon=True).start()
threading.Thread(target=late_worker).start()
ready.wait()
print("main done")
