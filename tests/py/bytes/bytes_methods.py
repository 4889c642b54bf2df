# Methods of bytes.
b = b"Hello, World"
print(b.upper(), b.lower(), b.split(b", "), b.replace(b"l", b"L"), b.find(b"o"), b.count(b"l"), b.index(b"W"))
print(b.startswith(b"He"), b.endswith(b"ld"), b.strip(b"Hd"), b"  x ".strip(), b"a,b".split(b","), b"-".join([b"a", b"b"]))
print(b[0], b[-1], b[1:4], b[::-1], len(b), b"l" in b, 72 in b, b + b"!", b * 2)
print(b.hex(), bytes.fromhex("48 65 6c"), b"\x00\xff".hex(), b"abc".hex(":"))
print(b.decode(), b"caf\xc3\xa9".decode("utf-8"), b"\xe9".decode("latin-1"), b"\xff".decode("utf-8", "replace"), b"a\xffb".decode("ascii", "ignore"))
print(b"abc".isalpha(), b"123".isdigit(), b"a1".isalnum(), b" ".isspace(), b"AB".isupper(), b"ab".islower(), b"Ab Cd".istitle())
print(b"x".center(5, b"*"), b"5".zfill(3), b"ab".ljust(4, b"."), b"abc".partition(b"b"), b"a\nb".splitlines())
print(list(b"AB"), bytes(reversed(b"abc")), sorted(b"cab"), max(b"az"), b"abc" < b"abd", b"a" == b"a", b"a" == "a")
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
try:
    b"a" + "b"
except TypeError as e:
    print(type(e).__name__, e)
try:
    bytes([256])
except ValueError as e:
    print(type(e).__name__, e)
print(b"%d-%s-%x" % (5, b"s", 255), b"abc".translate(None, b"b"), bytes.maketrans(b"a", b"z")[97])
