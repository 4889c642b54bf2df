"""Thread objects and synchronisation primitives (frozen into gilpy).

Everything here is built on the native `_thread` module: OS threads come from
`_thread._start`, which hands back a handle whose ident is known at once and which
can be joined; `Lock` and `RLock` are the native locks. What stays true:

- `_active` maps the ident of every live thread known to this module (threads started
  here, the main thread, and "dummy" threads started by `_thread.start_new_thread` that
  asked for `current_thread()`) to its Thread object. It is only changed under
  `_active_lock`, which is never held while running user code or waiting for anything
  but `_thread._start` (which returns at once).
- A Thread counts as alive from the moment `start()` returns until its OS thread has
  finished (`handle.is_done()`); `join` waits on the handle, so it never needs Python
  code in the finishing thread to run.
- Condition waits block on a fresh native lock per waiter, so a wait costs one native
  acquire (which releases the GIL) and notify costs one native release per woken thread.

The behaviour (names such as `Thread-3 (worker)`, error messages, the excepthook output)
follows CPython 3.11's `threading`.
"""

import _thread
import sys as _sys
from _collections import deque as _deque
from itertools import count as _count
from time import monotonic as _time
from traceback import print_exception as _print_exception

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread',
           'enumerate', 'main_thread', 'TIMEOUT_MAX',
           'Event', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread',
           'Barrier', 'BrokenBarrierError', 'Timer', 'ThreadError',
           'setprofile', 'settrace', 'local', 'stack_size',
           'excepthook', 'ExceptHookArgs', 'gettrace', 'getprofile',
           'get_native_id']

_start_thread = _thread._start
_start_new_thread = _thread.start_new_thread
_allocate_lock = _thread.allocate_lock
_LockType = _thread.LockType
get_ident = _thread.get_ident
get_native_id = _thread.get_native_id
ThreadError = _thread.error
TIMEOUT_MAX = _thread.TIMEOUT_MAX
stack_size = _thread.stack_size
local = _thread._local

Lock = _allocate_lock
_CRLock = _thread.RLock


def RLock(*args, **kwargs):
    """A new reentrant lock (the native one). A factory function, as in CPython."""
    return _CRLock(*args, **kwargs)


def _warn_deprecated(message):
    import warnings
    warnings.warn(message, DeprecationWarning, stacklevel=3)


# -- tracing hooks: stored, and installed in each thread started afterwards when the
# interpreter's sys module supports them.

_trace_hook = None
_profile_hook = None


def settrace(func):
    """Remember func, to be installed with sys.settrace in threads started later."""
    global _trace_hook
    _trace_hook = func


def gettrace():
    """The function given to settrace(), or None."""
    return _trace_hook


def setprofile(func):
    """Remember func, to be installed with sys.setprofile in threads started later."""
    global _profile_hook
    _profile_hook = func


def getprofile():
    """The function given to setprofile(), or None."""
    return _profile_hook


def _install_hooks():
    if _trace_hook is not None and hasattr(_sys, 'settrace'):
        _sys.settrace(_trace_hook)
    if _profile_hook is not None and hasattr(_sys, 'setprofile'):
        _sys.setprofile(_profile_hook)


# -- A reentrant lock in Python ---------------------------------------------

class _RLock:
    """A reentrant lock over a plain lock: the owner may acquire it again, and must
    release it as many times. RLock is the native one; this one (also named _PyRLock,
    as in CPython) behaves the same and is what code written for CPython's tests uses."""

    def __init__(self):
        self._block = _allocate_lock()
        self._owner = None
        self._count = 0

    def __repr__(self):
        owner = self._owner
        if owner in _active:
            owner = _active[owner].name
        state = "locked" if self._block.locked() else "unlocked"
        cls = self.__class__
        return (f"<{state} {cls.__module__}.{cls.__qualname__} object owner={owner!r}"
                f" count={self._count} at {id(self):#x}>")

    def acquire(self, blocking=True, timeout=-1):
        """Acquire the lock (again, if the caller owns it); see Lock.acquire."""
        me = get_ident()
        if self._owner == me:
            self._count += 1
            return 1
        got = self._block.acquire(blocking, timeout)
        if got:
            self._owner = me
            self._count = 1
        return got

    __enter__ = acquire

    def release(self):
        """Undo one acquire(); the lock is free once every acquire() is undone."""
        if self._owner != get_ident():
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1
        if self._count == 0:
            self._owner = None
            self._block.release()

    def __exit__(self, t, v, tb):
        self.release()

    def _acquire_restore(self, state):
        self._block.acquire()
        self._count, self._owner = state

    def _release_save(self):
        if self._count == 0:
            raise RuntimeError("cannot release un-acquired lock")
        state = (self._count, self._owner)
        self._count = 0
        self._owner = None
        self._block.release()
        return state

    def _is_owned(self):
        return self._owner == get_ident()


_PyRLock = _RLock


# -- Condition ---------------------------------------------------------------

class Condition:
    """A condition variable: lets threads wait until another thread notifies them.

    It wraps a lock (a new RLock by default) that must be held to wait or notify;
    waiting releases it fully and takes it back before returning.
    """

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        # RLock knows its owner and can drop every level of recursion at once; for a
        # plain Lock "owned" can only mean "held by someone", which is locked().
        if hasattr(lock, '_release_save'):
            self._release_save = lock._release_save
            self._acquire_restore = lock._acquire_restore
        if hasattr(lock, '_is_owned'):
            self._is_owned = lock._is_owned
        elif isinstance(lock, _LockType):
            self._is_owned = lock.locked
        self._waiters = _deque()

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._lock, len(self._waiters))

    # Fallbacks for locks that lack the RLock helpers.
    def _release_save(self):
        self._lock.release()

    def _acquire_restore(self, state):
        self._lock.acquire()

    def _is_owned(self):
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def wait(self, timeout=None):
        """Release the lock, wait until notified or until the timeout (seconds)
        passes, then re-acquire the lock. Returns False only on a timeout."""
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        waiter = _allocate_lock()
        waiter.acquire()
        self._waiters.append(waiter)
        saved = self._release_save()
        notified = False
        try:
            if timeout is None:
                notified = waiter.acquire()
            elif timeout > 0:
                notified = waiter.acquire(True, timeout)
            else:
                notified = waiter.acquire(False)
        finally:
            self._acquire_restore(saved)
            if not notified:
                try:
                    self._waiters.remove(waiter)
                except ValueError:
                    # notify() took us off the list after the timeout expired but
                    # before we got the lock back: count it as a wake-up, so the
                    # notification is not lost.
                    notified = True
        return notified

    def wait_for(self, predicate, timeout=None):
        """Wait until predicate() is true, or the timeout passes; returns the
        last value of predicate()."""
        result = predicate()
        if result:
            return result
        deadline = None if timeout is None else _time() + timeout
        remaining = timeout
        while not result:
            if deadline is not None:
                remaining = deadline - _time()
                if remaining <= 0:
                    break
            self.wait(remaining)
            result = predicate()
        return result

    def notify(self, n=1):
        """Wake up at most n threads waiting on this condition."""
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        waiters = self._waiters
        while waiters and n > 0:
            waiters.popleft().release()
            n -= 1

    def notify_all(self):
        """Wake up every thread waiting on this condition."""
        self.notify(len(self._waiters))

    def notifyAll(self):
        _warn_deprecated('notifyAll() is deprecated, use notify_all() instead')
        self.notify_all()


# -- Semaphores --------------------------------------------------------------

class Semaphore:
    """A counter decremented by acquire() and incremented by release(); acquire()
    blocks while it is zero."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._value = value

    def __repr__(self):
        cls = self.__class__
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" value={self._value}>")

    def acquire(self, blocking=True, timeout=None):
        """Decrement the counter, waiting (unless blocking is false) at most
        timeout seconds for it to become positive. Returns whether it did."""
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        cond = self._cond
        with cond:
            if self._value == 0:
                if not blocking:
                    return False
                if timeout is None:
                    while self._value == 0:
                        cond.wait()
                else:
                    deadline = _time() + timeout
                    while self._value == 0:
                        remaining = deadline - _time()
                        if remaining <= 0:
                            return False
                        cond.wait(remaining)
            self._value -= 1
            return True

    __enter__ = acquire

    def release(self, n=1):
        """Increment the counter by n, waking up to n waiting threads."""
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            self._value += n
            self._cond.notify(n)

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A Semaphore whose counter may never exceed its initial value."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def __repr__(self):
        cls = self.__class__
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" value={self._value}/{self._initial_value}>")

    def release(self, n=1):
        """Increment the counter by n; ValueError if that passes the initial value."""
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError("Semaphore released too many times")
            self._value += n
            self._cond.notify(n)


# -- Event -------------------------------------------------------------------

class Event:
    """A flag that threads can wait for: set() wakes every waiter."""

    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def __repr__(self):
        cls = self.__class__
        status = 'set' if self._flag else 'unset'
        return f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: {status}>"

    def is_set(self):
        """Whether the flag is set."""
        return self._flag

    def isSet(self):
        _warn_deprecated('isSet() is deprecated, use is_set() instead')
        return self.is_set()

    def set(self):
        """Set the flag and wake every thread waiting for it."""
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        """Reset the flag."""
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        """Wait until the flag is set or the timeout passes; returns the flag."""
        if self._flag:
            return True
        with self._cond:
            signaled = self._flag
            if not signaled:
                signaled = self._cond.wait(timeout)
            return signaled


# -- Barrier -----------------------------------------------------------------

class BrokenBarrierError(RuntimeError):
    pass


# A barrier cycles through: filling (threads arrive and wait), draining (released
# threads leave; newcomers wait until the last one is out), back to filling. reset()
# puts it in "resetting" (waiting threads leave with BrokenBarrierError, then filling
# again); a timeout, abort() or a failing action puts it in "broken" for good.
_FILLING, _DRAINING, _RESETTING, _BROKEN = 0, 1, -1, -2


class Barrier:
    """Lets a fixed number of threads (parties) wait for each other: wait() returns
    once all of them have called it."""

    def __init__(self, parties, action=None, timeout=None):
        self._cond = Condition(Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._state = _FILLING
        self._count = 0

    def __repr__(self):
        cls = self.__class__
        if self.broken:
            return f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: broken>"
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" waiters={self.n_waiting}/{self.parties}>")

    def wait(self, timeout=None):
        """Wait for all parties; returns this thread's arrival index (0 to
        parties-1). The last to arrive runs the action, if any."""
        if timeout is None:
            timeout = self._timeout
        cond = self._cond
        with cond:
            while self._state in (_DRAINING, _RESETTING):
                cond.wait()
            if self._state == _BROKEN:
                raise BrokenBarrierError
            index = self._count
            self._count += 1
            try:
                if index + 1 == self._parties:
                    self._trip()
                elif not cond.wait_for(lambda: self._state != _FILLING, timeout):
                    self._break()
                    raise BrokenBarrierError
                elif self._state != _DRAINING:
                    raise BrokenBarrierError
                return index
            finally:
                self._count -= 1
                if self._count == 0 and self._state in (_DRAINING, _RESETTING):
                    self._state = _FILLING
                    cond.notify_all()

    def _trip(self):
        try:
            if self._action:
                self._action()
        except BaseException:
            self._break()
            raise
        self._state = _DRAINING
        self._cond.notify_all()

    def _break(self):
        self._state = _BROKEN
        self._cond.notify_all()

    def reset(self):
        """Return the barrier to its initial state; threads waiting in it get
        BrokenBarrierError."""
        with self._cond:
            if self._count > 0:
                if self._state in (_FILLING, _BROKEN):
                    self._state = _RESETTING
            else:
                self._state = _FILLING
            self._cond.notify_all()

    def abort(self):
        """Break the barrier: current and future waiters get BrokenBarrierError."""
        with self._cond:
            self._break()

    @property
    def parties(self):
        """The number of threads needed to pass the barrier."""
        return self._parties

    @property
    def n_waiting(self):
        """The number of threads waiting in the barrier now."""
        if self._state == _FILLING:
            return self._count
        return 0

    @property
    def broken(self):
        """Whether the barrier is broken."""
        return self._state == _BROKEN


# -- The registry of threads -------------------------------------------------

_active_lock = _allocate_lock()
_active = {}            # ident -> Thread, see the module docstring
_name_counter = _count(1).__next__


def _newname(template):
    return template % _name_counter()


def current_thread():
    """The Thread object of the calling thread (a dummy one for threads not
    started by this module)."""
    try:
        return _active[get_ident()]
    except KeyError:
        return _DummyThread()


def currentThread():
    _warn_deprecated('currentThread() is deprecated, use current_thread() instead')
    return current_thread()


def active_count():
    """The number of Thread objects currently alive."""
    return len(_active)


def activeCount():
    _warn_deprecated('activeCount() is deprecated, use active_count() instead')
    return active_count()


def enumerate():
    """A list of all Thread objects currently alive."""
    with _active_lock:
        return list(_active.values())


def main_thread():
    """The Thread object of the main thread."""
    return _main_thread


# -- Thread ------------------------------------------------------------------

class Thread:
    """A thread of control: pass a callable as target, or subclass and override
    run(); then start() it and join() it."""

    # Class-level so that a subclass whose __init__ forgot Thread.__init__ is caught.
    _initialized = False

    def __init__(self, group=None, target=None, name=None,
                 args=(), kwargs=None, *, daemon=None):
        if group is not None:
            raise AssertionError("group argument must be None for now")
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            if target is not None:
                try:
                    name += f" ({target.__name__})"
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = {} if kwargs is None else kwargs
        self._daemonic = current_thread()._daemonic if daemon is None else daemon
        self._ident = None
        self._native_id = None
        self._handle = None          # the native thread handle, once started
        self._started = False
        self._initialized = True

    def __repr__(self):
        if not self._initialized:
            raise AssertionError("Thread.__init__() was not called")
        if not self._started:
            status = "initial"
        elif self.is_alive():
            status = "started"
        else:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)

    def start(self):
        """Start the thread's activity: run() is called in a new thread."""
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        started = _allocate_lock()
        started.acquire()
        with _active_lock:
            if self._started:
                raise RuntimeError("threads can only be started once")
            self._started_lock = started
            handle = _start_thread(self._bootstrap_inner, self._name)
            self._handle = handle
            self._ident = handle.ident
            self._started = True
            _active[handle.ident] = self
        # As in CPython, return only once the new thread runs. A thread woken from a
        # lock wait normally takes the GIL back with priority; this wait queues behind
        # the new thread instead, which so keeps running (until it blocks, a switch
        # interval at most). A short target then finishes before start() returns, and
        # threads started one after the other run in that order, as under CPython.
        started._acquire_queued()

    def _bootstrap_inner(self):
        # start() registers us under _active_lock; wait for it so that
        # current_thread() and self.ident already work when run() begins.
        with _active_lock:
            pass
        self._started_lock.release()
        try:
            if _trace_hook is not None or _profile_hook is not None:
                _install_hooks()
            self.run()
        except BaseException:
            _invoke_excepthook(self)
        finally:
            with _active_lock:
                if _active.get(self._ident) is self:
                    del _active[self._ident]

    def run(self):
        """The thread's activity: calls the target with args and kwargs.
        Subclasses may override it."""
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            # Drop the references, so that the target's arguments do not live as
            # long as the Thread object.
            del self._target, self._args, self._kwargs

    def join(self, timeout=None):
        """Wait until the thread ends, or until timeout seconds have passed
        (check is_alive() afterwards to know which)."""
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started:
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if timeout is None:
            self._handle.join()
        else:
            # A negative timeout means "do not wait" here, not "wait forever".
            self._handle.join(max(timeout, 0))

    def is_alive(self):
        """Whether the thread has been started and has not finished yet."""
        if not self._initialized:
            raise AssertionError("Thread.__init__() not called")
        handle = self._handle
        return handle is not None and not handle.is_done()

    @property
    def name(self):
        """The thread's name: a string used for identification only."""
        if not self._initialized:
            raise AssertionError("Thread.__init__() not called")
        return self._name

    @name.setter
    def name(self, name):
        if not self._initialized:
            raise AssertionError("Thread.__init__() not called")
        self._name = str(name)

    @property
    def ident(self):
        """The thread's identifier (get_ident() inside it), or None before start()."""
        if not self._initialized:
            raise AssertionError("Thread.__init__() not called")
        return self._ident

    @property
    def native_id(self):
        """The operating system's id of the thread, or None before start()."""
        if not self._initialized:
            raise AssertionError("Thread.__init__() not called")
        if self._native_id is None and self._handle is not None:
            self._native_id = self._handle.native_id
        return self._native_id

    @property
    def daemon(self):
        """Whether this is a daemon thread: the program does not wait for daemon
        threads at exit. Must be set before start()."""
        if not self._initialized:
            raise AssertionError("Thread.__init__() not called")
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if self._started:
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        _warn_deprecated('isDaemon() is deprecated, get the daemon attribute instead')
        return self.daemon

    def setDaemon(self, daemonic):
        _warn_deprecated('setDaemon() is deprecated, set the daemon attribute instead')
        self.daemon = daemonic

    def getName(self):
        _warn_deprecated('getName() is deprecated, get the name attribute instead')
        return self.name

    def setName(self, name):
        _warn_deprecated('setName() is deprecated, set the name attribute instead')
        self.name = name


class Timer(Thread):
    """A thread that calls function(*args, **kwargs) after interval seconds,
    unless cancel() is called first."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        """Stop the timer if it has not fired yet."""
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class _MainThread(Thread):
    """The thread that runs __main__; it is alive until the interpreter shuts down."""

    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._started = True
        self._ident = _thread._main_thread_ident()
        if _thread._is_main_thread():
            self._native_id = get_native_id()
        # Held until _shutdown(), so that other threads can join the main thread.
        self._running = _allocate_lock()
        self._running.acquire()

    def is_alive(self):
        return self._running.locked()

    def join(self, timeout=None):
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if timeout is None:
            got = self._running.acquire()
        else:
            got = self._running.acquire(True, max(timeout, 0))
        if got:
            self._running.release()


class _DummyThread(Thread):
    """Stands for a thread started by _thread.start_new_thread: it is always alive,
    is a daemon, and cannot be joined."""

    def __init__(self):
        Thread.__init__(self, name=_newname("Dummy-%d"), daemon=True)
        self._started = True
        self._ident = get_ident()
        self._native_id = get_native_id()
        with _active_lock:
            _active[self._ident] = self

    def is_alive(self):
        return True

    def join(self, timeout=None):
        raise AssertionError("cannot join a dummy thread")


_main_thread = _MainThread()
_active[_main_thread._ident] = _main_thread


# -- Uncaught exceptions in threads -----------------------------------------

class _ExceptHookArgs(tuple):
    """The argument of threading.excepthook: (exc_type, exc_value, exc_traceback,
    thread), also readable by those names."""

    __slots__ = ()

    def __new__(cls, args):
        args = tuple(args)
        if len(args) != 4:
            raise TypeError("_thread._ExceptHookArgs() takes a 4-sequence "
                            f"({len(args)}-sequence given)")
        return tuple.__new__(cls, args)

    def __repr__(self):
        return ("_thread._ExceptHookArgs(exc_type=%r, exc_value=%r, "
                "exc_traceback=%r, thread=%r)" % self)

    exc_type = property(lambda self: self[0])
    exc_value = property(lambda self: self[1])
    exc_traceback = property(lambda self: self[2])
    thread = property(lambda self: self[3])


_ExceptHookArgs.__module__ = '_thread'
ExceptHookArgs = _ExceptHookArgs


def excepthook(args, /):
    """Report an exception that escaped Thread.run(): `Exception in thread NAME:`
    and the traceback, on sys.stderr. SystemExit is ignored."""
    if args.exc_type == SystemExit:
        return
    stderr = _sys.stderr
    if stderr is None:
        return
    name = args.thread.name if args.thread is not None else get_ident()
    print(f"Exception in thread {name}:", file=stderr, flush=True)
    _print_exception(args.exc_type, args.exc_value, args.exc_traceback, file=stderr)
    stderr.flush()


__excepthook__ = excepthook


def _invoke_excepthook(thread):
    """Called in a thread whose run() raised, with that exception being handled."""
    exc_type, exc_value, exc_tb = _sys.exc_info()
    try:
        hook = excepthook
        if hook is None:
            hook = __excepthook__
        hook(ExceptHookArgs((exc_type, exc_value, exc_tb, thread)))
    except Exception as exc:
        exc.__suppress_context__ = True
        stderr = _sys.stderr
        if stderr is None:
            return
        print("Exception in threading.excepthook:", file=stderr, flush=True)
        sys_hook = getattr(_sys, 'excepthook', None)
        if sys_hook is not None:
            sys_hook(type(exc), exc, exc.__traceback__)
        else:
            _print_exception(type(exc), exc, exc.__traceback__, file=stderr)


# -- Interpreter exit ------------------------------------------------------

_atexit_calls = []
_shutting_down = False


def _register_atexit(func, *args, **kwargs):
    """Call func(*args, **kwargs) at shutdown, before non-daemon threads are joined
    (used by concurrent.futures); the last registered runs first."""
    if _shutting_down:
        raise RuntimeError("can't register atexit after shutdown")
    _atexit_calls.append((func, args, kwargs))


def _shutdown():
    """Called by the interpreter when __main__ has finished: marks the main thread
    as ended, runs the _register_atexit calls, then waits for every non-daemon
    thread still alive (including ones they start meanwhile)."""
    global _shutting_down
    if _shutting_down:
        return
    _shutting_down = True
    if _main_thread._running.locked():
        _main_thread._running.release()
    for func, args, kwargs in reversed(_atexit_calls):
        func(*args, **kwargs)
    while True:
        with _active_lock:
            pending = [t._handle for t in _active.values()
                       if t._handle is not None and not t._daemonic]
        pending = [h for h in pending if not h.is_done()]
        if not pending:
            return
        for handle in pending:
            handle.join()
