# Threads started by a thread that is itself being waited for at exit are
# waited for too; a thread can join the main thread, which ends at shutdown.
import threading
import time


def grandchild():
    time.sleep(0.1)
    print("grandchild done")


def child():
    time.sleep(0.05)
    threading.Thread(target=grandchild).start()
    print("child done")


def join_main():
    threading.main_thread().join()
    print("main thread joined, alive:", threading.main_thread().is_alive())


threading.Thread(target=child).start()
threading.Thread(target=join_main).start()
print("main done")
