"""The atexit module (frozen into gilpy): functions run once when the interpreter exits,
last registered first. The interpreter calls `_run_exitfuncs` after joining non-daemon
threads, as CPython does."""

_exithandlers = []


def register(func, /, *args, **kwargs):
    """Register func(*args, **kwargs) to run at exit; returns func (usable as a decorator)."""
    if not callable(func):
        raise TypeError("the first argument must be callable")
    _exithandlers.append((func, args, kwargs))
    return func


def unregister(func, /):
    """Remove every registration of func."""
    _exithandlers[:] = [h for h in _exithandlers if h[0] != func]


def _clear():
    del _exithandlers[:]


def _ncallbacks():
    return len(_exithandlers)


def _run_exitfuncs():
    while _exithandlers:
        func, args, kwargs = _exithandlers.pop()
        try:
            func(*args, **kwargs)
        except BaseException as exc:
            import sys
            import traceback
            try:
                name = repr(func)
            except BaseException:
                name = '<object>'
            print("Exception ignored in atexit callback:", name, file=sys.stderr)
            # CPython runs the callbacks natively: leave out this module's own frame.
            lines = traceback.format_exception(type(exc), exc, exc.__traceback__)
            sys.stderr.write(''.join(l for l in lines
                                     if not l.startswith('  File "<frozen atexit>"')))
