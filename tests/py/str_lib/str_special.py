# The str constructor, subclasses of str, explicit special-method calls, encode.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(repr(str()), str(5), str(-2.5), str(None), str([1, "a"]), str("x"), str(object="kw"), str(b"abc", "utf-8"))
print(str(b"caf\xc3\xa9", "utf-8"), str(b"caf\xe9", "latin-1"), str(b"abc", encoding="ascii"), str(b"a\xffb", "utf-8", "replace"))
print(str(bytearray(b"xy"), "utf-8"), repr(str(encoding="utf-8")), str(b"\xff", errors="ignore"), type(str(b"x", "utf-8")).__name__)
t(lambda: str(b"a", "x"))
t(lambda: str(1, "utf-8"))
t(lambda: str("a", "utf-8"))
t(lambda: str(b"\xff", "utf-8"))
t(lambda: str(b"a\xff", "ascii"))
t(lambda: str(x=1))
t(lambda: str(1, 2, 3, 4))
t(lambda: str(b"a", 1))

class S(str):
    def extra(self):
        return "extra:" + self
x = S("Hello")
print(type(x).__name__, x, repr(x), len(x), x[1], x[-1], x[1:3], x + "!", "<" + x, x * 2, 2 * x, x.extra())
print(type(x.upper()).__name__, type(x + "a").__name__, type(x[0:2]).__name__, type(str(x)).__name__, type(x * 1).__name__)
print(x == "Hello", x != "Hello", x < "Z", hash(x) == hash("Hello"), "ell" in x, x.startswith("He"), list(x))
print("%s|%r" % (x, x), "{}|{!r}|{:>7}".format(x, x, x), f"{x}|{x:*<7}", x.split("l"), "-".join([x, x]))
d = {x: 1}
print(d["Hello"], "Hello" in d, x.encode(), isinstance(x, str), S("a") is not S("a"))
class Q(str):
    def __str__(self):
        return "Q!"
    def __repr__(self):
        return "Qr"
q = Q("raw")
print(str(q), repr(q), "%s" % q, "{}".format(q), q.upper(), q + "x", len(q), format(q))
class N(str):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)
print(N("ab"), type(N("ab")).__name__, len(N("ab")))

print(str.__add__("a", "b"), str.__mul__("ab", 3), str.__rmul__("ab", 2), str.__mod__("%d", 5), str.__len__("abc"))
print(str.__getitem__("abc", 1), str.__contains__("abc", "b"), str.__eq__("a", "a"), str.__eq__("a", 1), str.__lt__("a", 1))
print(str.__lt__("a", "b"), str.__ge__("a", "b"), str.__hash__("a") == hash("a"), str.__repr__("a'b"), str.__str__("s"))
print(str.__format__("ab", ">4"), "ab".__format__(""), list(str.__iter__("xy")), "abc".__getitem__(slice(None, None, -1)))
print("ab" * 0, "ab" * -1, "" * 5, "x" + "", "ab" * True)
t(lambda: "a" + 1)
t(lambda: 1 + "a")
t(lambda: "a" * "b")
t(lambda: "a" * 1.5)
t(lambda: "a".__add__(1))
t(lambda: str.__add__(1, "a"))
t(lambda: "a" < 1)
t(lambda: "a".__format__(1))
t(lambda: format("x", "d"))
t(lambda: "a"[5])
key = "x"
t(lambda: "a"[key])
t(lambda: "abc".__getitem__("x"))
t(lambda: str.__len__(5))

class R:
    def __radd__(self, other):
        return "radd:" + other
    def __rmul__(self, other):
        return "rmul:" + other
print("a" + R(), "b" * R())

print("é☃".encode(), "abc".encode("ascii"), "é".encode("latin-1"), "é".encode("utf8"), "x".encode(encoding="UTF-8"))
print("aé☃b".encode("ascii", "ignore"), "aé☃b".encode("ascii", "replace"), "aé☃b".encode("ascii", "backslashreplace"))
print("aé☃b".encode("latin-1", "xmlcharrefreplace"), "a\U0001f600".encode("ascii", "backslashreplace"), "é".encode(errors="strict"))
t(lambda: "é".encode("ascii"))
t(lambda: "aé☃b".encode("ascii"))
t(lambda: "a☃".encode("latin-1"))
t(lambda: "a".encode("foo"))
t(lambda: "a".encode(1))
t(lambda: "é".encode("ascii", "foo"))
t(lambda: "a".encode("ascii", "foo"))
t(lambda: "a".encode("utf-8", "strict", 1))
t(lambda: "a".encode(foo=1))
try:
    "xé☃y".encode("ascii")
except UnicodeEncodeError as e:
    print(e.encoding, repr(e.object), e.start, e.end, e.reason, isinstance(e, ValueError), isinstance(e, UnicodeError))
