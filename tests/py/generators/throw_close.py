# throw() and close() with try/finally inside generators.
def worker():
    try:
        while True:
            try:
                x = yield
                print("got", x)
            except ValueError as e:
                print("handled", e)
    finally:
        print("cleanup")
w = worker()
next(w)
w.send(1)
w.throw(ValueError("bad"))
w.send(2)
w.close()
print("closed")
w.close()
def no_catch():
    yield 1
    yield 2
n = no_catch()
next(n)
try:
    n.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
print(next(n, "exhausted"))
def swallow_exit():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
s = swallow_exit()
next(s)
s.close()
def bad_close():
    try:
        yield 1
    except GeneratorExit:
        yield 2
b = bad_close()
next(b)
try:
    b.close()
except RuntimeError as e:
    print(type(e).__name__, e)
fresh = no_catch()
fresh.close()
print(next(fresh, "closed before start"))
