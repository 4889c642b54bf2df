# bytes: constructors, repr, and the methods shared with bytearray.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(bytes(), bytes(3), bytes([1, 2, 255]), bytes(range(3)), bytes(b"ab"), bytes(bytearray(b"cd")), bytes("é", "utf-8"))
print(bytes(iter([65, 66])), bytes((x for x in [67])), bytes(source=2), bytes("a", encoding="ascii"), bytes("é", "ascii", "ignore"))
print(b"a'b", b'a"b', b"'\"", b"\x00\t\n\r\x7f\x80\xff\\", bytes([92, 39]), repr(b""))
class B:
    def __bytes__(self):
        return b"custom"
class I:
    def __index__(self):
        return 2
print(bytes(B()), bytes(I()), bytes([True, 1]), bytes(b"x" * 3))
for f in [lambda: bytes("abc"), lambda: bytes(1, "utf-8"), lambda: bytes(-1), lambda: bytes([256]), lambda: bytes([-1]),
          lambda: bytes(["a"]), lambda: bytes(1.5), lambda: bytes(None), lambda: bytes(b"a", "utf-8"),
          lambda: bytes("a", "utf-8", "strict", 1), lambda: bytes(x=1), lambda: bytes("é", "ascii"), lambda: bytes(errors="strict")]:
    t(f)

b = b"Hello, World"
print(b.upper(), b.lower(), b.swapcase(), b.title(), b"hello world".capitalize(), b.split(b", "), b.replace(b"l", b"L"))
print(b.find(b"o"), b.rfind(b"o"), b.find(111), b.count(b"l"), b.index(b"W"), b.rindex(108), b.find(b"o", 5, 9), b.count(b""))
print(b.startswith(b"He"), b.endswith((b"x", b"ld")), b.startswith(b"W", 7), b[1:5], b[::-1], b[0], b[-1], len(b))
print(b"a,b,,c".split(b","), b"a b\tc\n".split(), b"  a  b  ".split(None, 1), b"a,b,c".rsplit(b",", 1), b"  a  b  ".rsplit(maxsplit=1))
print(b"a b\x0bc\x1cd".split(), b"x".split(b"x"), b"".split(), b"".split(b","))
print(b"a\nb\r\nc\rd\x0be".splitlines(), b"a\nb\r\n".splitlines(True), b"".splitlines())
print(b"  x  ".strip(), b"xxaxx".strip(b"x"), b"  x".lstrip(), b"x  ".rstrip(), b"abc".strip(bytearray(b"ac")), b"\x0b\x0ca\x1c".strip())
print(b"a,b".partition(b","), b"a,b,c".rpartition(b","), b"abc".partition(b"x"), b"abc".rpartition(b"x"))
print(b"-".join([b"a", bytearray(b"b"), b"c"]), b"".join([]), b", ".join((b"x", b"y")), b"ab".join([b"1"]))
print(b"abc".removeprefix(b"a"), b"abc".removesuffix(b"bc"), b"abc".removeprefix(b"x"), b"a".zfill(3), b"-1".zfill(4))
print(b"ab".center(6, b"*"), b"ab".ljust(4), b"ab".rjust(5, bytearray(b"0")), b"a\tbc\td".expandtabs(4), b"ab".center(1))
print(b"abc".isalpha(), b"ab1".isalnum(), b"".isdigit(), b"12".isdigit(), b" \t".isspace(), b"AB".isupper(), b"ab".islower(), b"Ab Cd".istitle(), b"\x80".isascii())
print(b"abcabc".translate(bytes.maketrans(b"abc", b"xyz")), b"abc".translate(None, b"b"), b"hello".translate(None), b"a".translate(None, delete=b"a"))
print(b"\x01\x02\xff".hex(), b"\x01\x02\x03".hex(":"), b"\x01\x02\x03".hex(":", 2), b"\x01\x02\x03".hex(":", -2), b"\x01\x02".hex(b"-"), b"".hex(), b"ab".hex(":", 0), b"abcde".hex(b" ", 3))
print(bytes.fromhex("0a ff 10"), bytes.fromhex(""), bytes.fromhex(" ab cd "), b"x".fromhex("61"))
print(b"ab" + b"cd", b"ab" + bytearray(b"cd"), b"ab" * 2, 3 * b"x", b"a" in b"cat", 97 in b"abc", b"" in b"x", b"ab" < b"b", b"a" == b"a", b"a" == "a")
print(b"abc" == bytearray(b"abc"), b"abc" != b"abd", b"b" > b"abc", b"" <= b"", hash(b"abc") == hash(b"abc"), list(b"AZ"))
print(b"%d %s %r %a %c %c %x %5.1f %b|%-4s|" % (5, b"x", b"y", "z", 65, b"B", 255, 1.25, bytearray(b"q"), b"l"), b"%(k)s" % {b"k": b"v"}, b"%%" % ())
for f in [lambda: b"a".find("a"), lambda: b"a".find(300), lambda: b"a".find(1.5), lambda: b"a".index(b"z"), lambda: b"a".rindex(1),
          lambda: b"a".split("a"), lambda: b"a".split(b""), lambda: b"a".rsplit(1), lambda: b"a".join(["a"]), lambda: b"a".join([b"a", 3]),
          lambda: b"a".join(5), lambda: b"a".replace("a", b"b"), lambda: b"a".startswith("a"), lambda: b"a".startswith(("a",)),
          lambda: b"a".strip("a"), lambda: b"a".partition(b""), lambda: b"a".center(5, "x"), lambda: b"a".center(5, b"xy"),
          lambda: b"a".translate(b"x"), lambda: bytes.maketrans(b"a", b"bc"), lambda: bytes.maketrans("a", "b"),
          lambda: bytes.fromhex("zz"), lambda: bytes.fromhex("a"), lambda: bytes.fromhex("ab c d"), lambda: bytes.fromhex(b"ab"),
          lambda: b"x".hex("::"), lambda: b"x".hex(1), lambda: b"abc" + "d", lambda: b"abc" + 1, lambda: b"a" * "b",
          lambda: b"a" < "b", lambda: "a" in b"a", lambda: b"%s" % "a", lambda: b"%s" % 5,
          lambda: b"%c" % 256, lambda: b"%c" % "a", lambda: b"a".upper(1), lambda: b"a".count(), lambda: b"a".removeprefix("a"),
          lambda: bytes.upper("a"), lambda: b"a".translate()]:
    t(f)
