# io.StringIO and io.BytesIO.
import io
s = io.StringIO()
print(s.write("hello\n"), s.write("wörld\n"), s.tell())
print(repr(s.getvalue()))
s.seek(0)
print(repr(s.readline()), repr(s.read(3)), repr(s.read()), repr(s.read()))
s.seek(2)
s.write("LL")
print(repr(s.getvalue()), s.tell())
s.seek(0, 2)
print(s.tell())
print(s.truncate(5), repr(s.getvalue()), s.tell())
s.seek(8)
s.write("!")
print(repr(s.getvalue()))
print(list(io.StringIO("a\nb\nc")), io.StringIO("x\ny\n").readlines())
s = io.StringIO("line1\nline2\n")
for line in s:
    print(repr(line))
print(s.readable(), s.writable(), s.seekable(), s.closed)
with io.StringIO("ctx") as c:
    print(c.read())
print(c.closed)
try:
    c.read()
except ValueError as e:
    print("ValueError", e)
try:
    io.StringIO().write(5)
except TypeError as e:
    print("TypeError", e)
try:
    io.StringIO().seek(-1)
except ValueError as e:
    print("ValueError", e)
try:
    io.StringIO().seek(1, 1)
except OSError as e:
    print("OSError", e)
u = io.StringIO("a\r\nb\rc\n", newline=None)
print(repr(u.getvalue()), u.readlines())
n = io.StringIO("a\r\nb\rc\n", newline="")
print(n.readlines())
print(repr(io.StringIO("abc").read(-1)), repr(io.StringIO("abcdef").readline(2)))
print(isinstance(io.StringIO(), io.TextIOBase), isinstance(io.StringIO(), io.IOBase), isinstance(io.BytesIO(), io.BufferedIOBase))
b = io.BytesIO(b"abc\ndef\n")
print(b.read(2), b.readline(), b.tell(), b.read(), b.read())
b.seek(0)
print(b.readlines(), list(io.BytesIO(b"x\ny")))
b = io.BytesIO()
print(b.write(b"12345"), b.write(bytearray(b"67")), b.getvalue())
b.seek(10)
b.write(b"Z")
print(b.getvalue(), b.tell())
b.seek(-3, 2)
print(b.read(), b.seek(2), b.seek(1, 1), b.truncate(), b.getvalue())
buf = bytearray(4)
r = io.BytesIO(b"xy")
print(r.readinto(buf), buf)
try:
    io.BytesIO().write("str")
except TypeError as e:
    print("TypeError", e)
try:
    io.BytesIO().seek(-1)
except ValueError as e:
    print("ValueError", e)
b.close()
try:
    b.getvalue()
except ValueError as e:
    print("ValueError", e)
class Upper(io.StringIO):
    def write(self, s):
        return super().write(s.upper())
w = Upper()
w.write("shout")
print(w.getvalue(), isinstance(w, io.StringIO), type(w).__name__)
print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, io.DEFAULT_BUFFER_SIZE)
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
print(io.StringIO.__name__, io.TextIOWrapper.__name__, io.BytesIO.__module__)
