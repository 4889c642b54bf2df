# bytes.decode / str.encode round trips and the codec error messages.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for s in ["ascii", "café", "日本語", "emoji 😀", ""]:
    b = s.encode()
    print(repr(s), b, len(b), b.decode() == s, s.encode("utf-8") == bytearray(s, "utf8"))
print(bytes(range(250, 256)).decode("latin-1"), b"abc".decode("ascii"), b"\xe9t\xe9".decode("latin1"), b"x".decode(encoding="UTF_8"))
print(b"\xff\xfeab".decode("utf-8", "replace"), b"\xff\xfeab".decode("utf-8", "ignore"), b"\xff\xfeab".decode("utf-8", "backslashreplace"))
print(b"a\xe2\x82".decode("utf-8", "replace"), b"\xf0\x9f\x98A".decode("utf-8", "replace"), b"\xc0\x80x".decode("utf-8", "replace"))
print(b"\x80abc\xff".decode("ascii", "replace"), b"\x80abc\xff".decode("ascii", "ignore"), bytearray(b"h\xc3\xa9").decode())
for data in [b"\xff", b"\xe2\x28\xa1", b"ab\xf0\x9f\x98", b"ab\xf0\x9f\x98A", b"\xed\xa0\x80", b"a\xe2", b"\xc3", b"\xf8\x88\x80\x80\x80", b"\xf4\x90\x80\x80"]:
    t(lambda: data.decode())
t(lambda: b"\xff\xfe".decode("ascii"))
t(lambda: b"a".decode("foo"))
t(lambda: b"\xff".decode("utf-8", "foo"))
t(lambda: b"a".decode("utf-8", "foo"))
t(lambda: b"a".decode(1))
t(lambda: b"a".decode("utf-8", 1))
t(lambda: b"a".decode("a", "b", "c"))
t(lambda: b"a".decode(bad=1))
try:
    b"ab\xffcd".decode("utf-8")
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason, isinstance(e, UnicodeError), isinstance(e, ValueError))
try:
    b"ab\xffcd".decode("utf-8")
except ValueError as e:
    print("caught as ValueError:", type(e).__name__)
e = UnicodeEncodeError('ascii', 'xé', 1, 2, 'bad')
print(str(e), e.start, e.args)
e = UnicodeEncodeError('ascii', 'xéé', 1, 3, 'bad')
print(str(e))
e = UnicodeDecodeError('utf-8', b'\xff\xfe', 0, 2, 'why')
print(str(e), e.reason)
try:
    raise UnicodeEncodeError('latin-1', '\U0001f600', 0, 1, 'r')
except UnicodeError as x:
    print(type(x).__name__, x)
