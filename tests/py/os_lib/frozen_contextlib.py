# contextlib: contextmanager, suppress, redirect_stdout, nullcontext, ExitStack, closing.
import sys, io
import contextlib as M
@M.contextmanager
def tag(name):
    print("<" + name + ">")
    try:
        yield name.upper()
    finally:
        print("</" + name + ">")
with tag("a") as t:
    print("inside", t)
try:
    with tag("b"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)
@M.contextmanager
def swallow():
    try:
        yield
    except KeyError:
        print("swallowed")
with swallow():
    raise KeyError("k")
@M.contextmanager
def noyield():
    if False:
        yield
try:
    with noyield():
        pass
except RuntimeError as e:
    print(e)
@tag("deco")
def f(x):
    print("f", x)
    return x * 2
print(f(3), f.__name__)
with M.suppress(ZeroDivisionError, KeyError):
    1 / 0
print("after suppress")
buf = io.StringIO()
with M.redirect_stdout(buf):
    print("hidden")
print("captured", repr(buf.getvalue()))
with M.nullcontext(5) as v:
    print("null", v)
class Res:
    def __init__(self, n): self.n = n
    def __enter__(self): print("enter", self.n); return self
    def __exit__(self, *a): print("exit", self.n, a[0].__name__ if a[0] else None); return False
    def close(self): print("close", self.n)
with M.ExitStack() as st:
    for i in range(3):
        st.enter_context(Res(i))
    st.callback(print, "callback", 1)
try:
    with M.ExitStack() as st:
        st.enter_context(Res(9))
        raise IndexError("x")
except IndexError:
    print("propagated")
with M.closing(Res(7)):
    pass
with M.ExitStack() as st:
    st.enter_context(Res(1))
    s2 = st.pop_all()
print("popped")
s2.close()
@M.contextmanager
def reraiser():
    try:
        yield
    except ValueError:
        raise TypeError("converted")
try:
    with reraiser():
        raise ValueError
except TypeError as e:
    print("converted:", e)
