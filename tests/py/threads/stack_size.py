# threading.stack_size: the default (0), setting a size, and the bad sizes. Like
# CPython's, stack_size() without an argument also sets the size back to 0.
import threading

print(threading.stack_size is __import__("_thread").stack_size)
print(threading.stack_size())
for bad in (1000, 32767, -1):
    try:
        threading.stack_size(bad)
    except ValueError as e:
        print("ValueError:", e)
print(threading.stack_size(1 << 20))
out = []
t = threading.Thread(target=lambda: out.append("ran with a 1 MiB stack"))
t.start()
t.join()
print(out)
print(threading.stack_size(), threading.stack_size(), threading.stack_size(0))
