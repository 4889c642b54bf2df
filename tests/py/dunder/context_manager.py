# __enter__/__exit__: with statements, several items, exception suppression.
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress
with CM("a") as x:
    print("body", x)
with CM("outer") as o, CM("inner") as i:
    print("body", o, i)
with CM("s", suppress=True):
    raise ValueError("swallowed")
print("after suppressed")
try:
    with CM("p"):
        raise KeyError("propagates")
except KeyError as e:
    print("caught", repr(e))
def f():
    with CM("ret"):
        return "returned"
print(f())
for n in range(2):
    with CM("loop%d" % n):
        if n == 0:
            continue
        break
with (CM("p1") as a,
      CM("p2") as b):
    print(a, b)
class BadEnter:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("not called")
try:
    with CM("first"), BadEnter():
        pass
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    with 5:
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
