# Methods of native types called without their receiver raise TypeError (no crash).
import _thread
import sys

for f in (type(sys.stdout).__repr__, _thread.LockType.__repr__, _thread.RLock.__repr__,
          _thread.LockType.acquire, _thread.RLock.release, _thread._local.__getattribute__):
    try:
        f()
    except TypeError:
        print("TypeError")
