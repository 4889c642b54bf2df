# Uncaught exceptions in threads: the default excepthook's output (captured), a
# custom hook, SystemExit ignored, a failing hook, ExceptHookArgs.
import io
import sys
import threading
from mod_util import tb_filter


def run_captured(thread):
    saved = sys.stderr
    sys.stderr = io.StringIO()
    try:
        thread.start()
        thread.join()
        return sys.stderr.getvalue()
    finally:
        sys.stderr = saved


def fails(x):
    raise ValueError(f"bad {x}")


print(tb_filter(run_captured(threading.Thread(target=fails, args=(1,)))))
print(tb_filter(run_captured(threading.Thread(target=5))))
print(tb_filter(run_captured(threading.Thread(target=fails, args=(2,), name="named"))))


class Broken(threading.Thread):
    def run(self):
        {}["missing"]


print(tb_filter(run_captured(Broken())))


def exits():
    sys.exit(3)


print(repr(run_captured(threading.Thread(target=exits))))


def chained():
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("k")


print(tb_filter(run_captured(threading.Thread(target=chained))))

# A custom hook gets (exc_type, exc_value, exc_traceback, thread).
seen = []


def hook(args):
    seen.append((args.exc_type.__name__, str(args.exc_value),
                 args.exc_traceback is not None, args.thread.name,
                 type(args).__name__, len(args)))


threading.excepthook = hook
t = threading.Thread(target=fails, args=(3,), name="custom")
t.start()
t.join()
print(seen)
print(t.is_alive())


def bad_hook(args):
    raise RuntimeError("hook failed")


threading.excepthook = bad_hook
out = run_captured(threading.Thread(target=fails, args=(4,), name="badhook"))
lines = out.splitlines()
print(lines[0], "|", lines[-1])
threading.excepthook = threading.__excepthook__

# ExceptHookArgs is a 4-tuple with names.
a = threading.ExceptHookArgs([ValueError, ValueError("v"), None, None])
print(repr(a))
print(a.exc_type, a.exc_value, a.exc_traceback, a.thread, tuple(a)[0], isinstance(a, tuple))
try:
    threading.ExceptHookArgs([1, 2, 3])
except TypeError as e:
    print("TypeError:", e)
saved = sys.stderr
sys.stderr = io.StringIO()
threading.excepthook(threading.ExceptHookArgs([SystemExit, SystemExit(1), None, None]))
threading.excepthook(threading.ExceptHookArgs([KeyError, KeyError("x"), None, t]))
text, sys.stderr = sys.stderr.getvalue(), saved
print(repr(text))
print("still running")
