# Bytes literals and their repr.
print(b"abc", b'a"b', b"a'b", b'\x00\xff\n\t')
print(repr(b"\x7f\x80"), repr(b"'\""))
print(b"abc"[0], b"abc"[1:], list(b"hi"))
print(b"" == bytes(), len(b"\x00\x00"))
print(b"con" b"cat")
print(bytes([65, 66, 67]), bytes(3), bytes(range(5)))
print(b"\r\\", b"\101")
print(type(b"").__name__, b"a" < b"b", b"ab" * 3)
