# stderr: last
# Thread(target=5).start() reports the TypeError through the default excepthook on
# stderr, and the program goes on.
import threading

t = threading.Thread(target=5)
t.start()
t.join()
print("after", t.is_alive())
