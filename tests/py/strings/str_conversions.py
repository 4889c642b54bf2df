# str() and repr() of various objects.
print(str(1), str(1.5), str(None), str(True), str([1, "a"]), str((1,)), str({"k": "v"}))
print(repr("x"), repr(1), repr([None, 'q"']), repr(("a",)))
print(str(b"ab"), repr(b"ab"), str("a\nb"), repr("a\nb"))
class A:
    def __repr__(self):
        return "A()"
print(str(A()), repr(A()), [A()], (A(), A()), {"k": A()})
class B:
    def __str__(self):
        return "B-str"
    def __repr__(self):
        return "B-repr"
print(B(), str(B()), [B()], f"{B()}", f"{B()!r}", "%s %r" % (B(), B()))
print(str(), str(""), str(123456789 ** 2))
print(str(b"caf\xc3\xa9", "utf-8"), str(b"abc", encoding="ascii"))
try:
    str(b"\xff", "utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
