# with open(...) closes the file even on exceptions; x mode; r+ mode; newline handling.
import os
tmp = os.environ["TMPDIR"]
p = os.path.join(tmp, "ctx.txt")
try:
    with open(p, "w") as f:
        f.write("partial")
        raise RuntimeError("inside with")
except RuntimeError:
    pass
print(f.closed)
with open(p) as f:
    print(f.read())
with open(p, "r+") as f:
    f.write("PART")
with open(p) as f:
    print(f.read())
try:
    open(p, "x")
except FileExistsError as e:
    print(type(e).__name__, e.errno)
q = os.path.join(tmp, "new.txt")
with open(q, "x") as f:
    f.write("a\r\nb\rc\n")
with open(q, newline="") as f:
    print(repr(f.read()))
with open(q) as f:
    print(repr(f.read()))
with open(q, "rb") as f:
    print(f.read())
with open(p) as a, open(q) as b:
    print(len(a.read()), len(b.read()))
print(a.closed, b.closed, a.name == p, a.mode, type(a.name).__name__)
