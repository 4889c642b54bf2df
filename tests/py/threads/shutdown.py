# At exit the interpreter waits for non-daemon threads, not for daemon ones.
import threading
import time

main_done = threading.Event()


def late_worker():
    main_done.wait()
    time.sleep(0.1)
    print("non-daemon worker finished after main")


def forever():
    while True:
        time.sleep(0.05)


threading.Thread(target=forever, daemon=True).start()
threading.Thread(target=late_worker).start()
print("main done")
main_done.set()
