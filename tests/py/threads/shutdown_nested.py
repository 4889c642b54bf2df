# A thread can join the main thread, which ends at shutdown; threads started by a
# thread that the exit is waiting for are waited for too.
import threading
import time

joined = threading.Event()
child_printed = threading.Event()


def grandchild():
    child_printed.wait()
    time.sleep(0.05)
    print("grandchild done")


def child():
    joined.wait()
    time.sleep(0.05)
    threading.Thread(target=grandchild).start()
    print("child done")
    child_printed.set()


def join_main():
    threading.main_thread().join()
    print("main thread joined, alive:", threading.main_thread().is_alive())
    joined.set()


threading.Thread(target=child).start()
threading.Thread(target=join_main).start()
print("main done")
