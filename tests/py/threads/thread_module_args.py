# _thread's argument errors and small API bits as CPython 3.11: start_new_thread's argument
# counts, stack_size's, allocate_lock taking nothing, exit()/exit_thread() raising a
# SystemExit whose code is None.
import _thread

for bad in ((1, ()), (print, []), (print, (), []), (print,), (print, (), {}, 1), ()):
    try:
        _thread.start_new_thread(*bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    _thread.start_new_thread(print, (), kw=1)
except TypeError as e:
    print("TypeError:", e)
for call in (lambda: _thread.stack_size(1, 2), lambda: _thread.stack_size(size=0),
             lambda: _thread.allocate_lock(1), lambda: _thread.allocate(1, 2),
             lambda: _thread.allocate_lock(x=1)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
for v in (0, 1000, 32767, -1):
    try:
        print(_thread.stack_size(v))
    except ValueError as e:
        print("ValueError:", e)
print(_thread.stack_size(32768), _thread.stack_size(), _thread.stack_size())
for ex in (_thread.exit, _thread.exit_thread):
    try:
        ex()
    except SystemExit as e:
        print("SystemExit", e.args, e.code)
