# SIGINT sent to the own process from the main thread is raised as KeyboardInterrupt out of
# the os.kill call itself (CPython checks for signals as a call returns), inside the try.
import os

for attempt in range(3):
    try:
        os.kill(os.getpid(), 2)
        undefined_name
        print("not interrupted")
    except KeyboardInterrupt:
        print("KeyboardInterrupt at the call")
    except NameError:
        print("NameError first")
