# open(): newline modes, encodings, seek/tell, r+/w+/a+, truncate, binary iteration, reprs.
import io, os
os.chdir(os.environ["TMPDIR"])
with open("nl.txt", "w", newline="\r\n") as f:
    f.write("a\nb\n")
with open("nl.txt", "rb") as f:
    print(f.read())
with open("nl.txt", newline="\r\n") as f:
    print(f.readlines())
with open("nl.txt", newline="\n") as f:
    print(f.readlines())
with open("cr.txt", "w", newline="\r") as f:
    f.write("x\ny\n")
with open("cr.txt") as f:
    print(repr(f.read()))
with open("cr.txt", newline="") as f:
    print(f.readlines())
with open("lat.txt", "w", encoding="latin-1") as f:
    f.write("café\n")
with open("lat.txt", "rb") as f:
    print(f.read())
with open("lat.txt", encoding="latin-1") as f:
    print(f.read(), end="")
try:
    with open("lat.txt", encoding="utf-8") as f:
        f.read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError")
with open("lat.txt", encoding="utf-8", errors="replace") as f:
    print(repr(f.read()))
try:
    with open("asc.txt", "w", encoding="ascii") as f:
        f.write("naïve")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError")
with open("seek.txt", "w") as f:
    f.write("0123456789\nabcdef\n")
with open("seek.txt") as f:
    print(f.read(3), f.tell())
    print(repr(f.readline()), f.tell())
    f.seek(0)
    print(repr(f.readline(4)), repr(f.readline()))
    print(f.seek(0, 2), repr(f.read()))
    try:
        f.seek(1, 1)
    except io.UnsupportedOperation as e:
        print("UnsupportedOperation", e)
with open("seek.txt", "r+") as f:
    f.seek(2)
    f.write("XY")
    f.seek(0)
    print(repr(f.readline()))
with open("seek.txt", "a+") as f:
    f.write("tail\n")
    f.seek(0)
    print(f.read().splitlines())
with open("seek.txt", "w+") as f:
    print(repr(f.read()))
    f.write("new content")
    f.seek(4)
    print(repr(f.read()))
    print(f.truncate(3), f.tell())
with open("seek.txt") as f:
    print(repr(f.read()))
with open("bin.dat", "wb") as f:
    f.write(b"one\ntwo\nthree")
with open("bin.dat", "rb") as f:
    print(list(f))
with open("bin.dat", "rb") as f:
    buf = bytearray(5)
    print(f.readinto(buf), bytes(buf), f.read1(2), f.readline(), f.readlines())
with open("bin.dat", "r+b") as f:
    f.seek(-5, 2)
    print(f.read(), f.tell(), f.seek(-2, 1), f.read())
    f.seek(0)
    f.write(b"ONE")
with open("bin.dat", "rb") as f:
    print(f.read())
f = open("bin.dat", "rb")
print(repr(f), f.mode, f.name, type(f).__name__, f.readable(), f.writable(), f.seekable())
f.close()
print(f.closed)
f = open("bin.dat", "ab")
print(repr(f), f.mode)
f.close()
f = open("bin.dat", "w+b")
print(repr(f), f.mode)
f.close()
f = open("bin.dat", "rb", buffering=0)
print(repr(f), f.mode, type(f).__name__, f.read(3))
f.close()
print(repr(f))
f = open("seek.txt", "r+", encoding="utf-8")
print(repr(f), f.encoding, f.errors, f.line_buffering, isinstance(f, io.TextIOWrapper), isinstance(f, io.TextIOBase))
f.close()
for args in [("seek.txt", m) for m in ("rw", "rr", "rtb", "")] + [("seek.txt", "rb", -1, "utf-8"), ("seek.txt", "r", 0), ("seek.txt", "r", -1, None, None, "bad")]:
    try:
        open(*args)
    except ValueError as e:
        print("ValueError", e)
try:
    open("seek.txt", "r", encoding="no-such")
except LookupError as e:
    print("LookupError", e)
try:
    open(1.5)
except TypeError as e:
    print("TypeError", e)
g = open("seek.txt")
g.close()
for op in ["read", "readline", "tell", "__iter__", "flush"]:
    try:
        getattr(g, op)()
    except ValueError as e:
        print(op, "ValueError", e)
for op in ["fileno", "readable", "isatty"]:
    try:
        getattr(g, op)()
    except ValueError as e:
        print(op, "ValueError", e)
with open("lines.txt", "w") as f:
    f.writelines(["a\n", "b\n", "c"])
with open("lines.txt") as f:
    print(f.readlines(3))
w = open("unclosed.txt", "w")
w.write("flushed at exit or when collected")
del w
with open("unclosed.txt") as f:
    print(f.read())
with open("bom.txt", "w", encoding="utf-8-sig") as f:
    f.write("bom")
with open("bom.txt", "rb") as f:
    print(f.read())
with open("bom.txt", encoding="utf-8-sig") as f:
    print(f.read())
