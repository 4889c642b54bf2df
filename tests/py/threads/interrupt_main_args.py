# _thread.interrupt_main's signal number is checked as CPython 3.11 does (1..64, an int,
# positional only); a valid number other than SIGINT has no Python handler and does nothing;
# _thread.LockType cannot be called; threading keeps CPython's private aliases.
import _thread
import threading

for args in ((0,), (65,), (-1,), ("x",), (2.0,), (2, 3)):
    try:
        _thread.interrupt_main(*args)
        print(args, "no error")
    except (TypeError, ValueError) as e:
        print(args, type(e).__name__, e)
try:
    _thread.interrupt_main(signum=2)
except TypeError as e:
    print("TypeError:", e)
for n in (15, 64, 1):
    _thread.interrupt_main(n)
print("other signals ignored")
try:
    _thread.interrupt_main()
    for _ in range(1000):
        pass
    print("not interrupted")
except KeyboardInterrupt:
    print("KeyboardInterrupt")
for args in ((), (1,)):
    try:
        _thread.LockType(*args)
    except TypeError as e:
        print("TypeError:", e)
print(threading._start_new_thread is _thread.start_new_thread)
print(hasattr(_thread, "daemon_threads_allowed"))
# Called on the main thread, the KeyboardInterrupt comes out of the call itself, before
# the next statement of the try runs.
try:
    _thread.interrupt_main()
    undefined_name
    print("not interrupted")
except KeyboardInterrupt:
    print("KeyboardInterrupt at the call")
except NameError:
    print("NameError first")
