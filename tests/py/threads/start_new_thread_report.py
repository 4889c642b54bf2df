# An exception escaping a function run by _thread.start_new_thread is reported as CPython's
# default unraisable hook does: only the exception's own traceback (no chained context or
# cause), and "Type: " before the message even when it is empty; SystemExit is silent.
import _thread
import time


running = _thread.allocate_lock()


class Named:
    def __init__(self, name, body):
        self.name = name
        self.body = body

    def __call__(self):
        running.release()
        self.body()

    def __repr__(self):
        return "<task %s>" % self.name


class Outer:
    class Inner(Exception):
        pass


class BadStr(Exception):
    def __str__(self):
        raise RuntimeError("no str")


def bare():
    raise ValueError


def chained():
    try:
        {}["k"]
    except KeyError:
        raise TypeError("while handling")


def caused():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise LookupError("from cause") from e


def nested():
    raise Outer.Inner()


def args2():
    raise Outer.Inner("a", 2)


def bad_str():
    raise BadStr()


def quiet():
    raise SystemExit(3)


for body in (bare, chained, caused, nested, args2, bad_str, quiet):
    running.acquire()
    _thread.start_new_thread(Named(body.__name__, body), ())
    # Once the body runs, _count() drops when the thread has reported and finished.
    running.acquire()
    running.release()
    while _thread._count():
        time.sleep(0.001)
print("done")
