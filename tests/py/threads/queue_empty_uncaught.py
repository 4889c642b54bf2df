# An uncaught queue.Empty names CPython's class (_queue.Empty) in the traceback.
import queue

print("before")
queue.Queue().get_nowait()
