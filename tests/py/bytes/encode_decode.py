# Round trips between str and bytes in several encodings.
for text in ["ascii", "café", "日本語", "emoji 😀", ""]:
    u8 = text.encode("utf-8")
    print(repr(text), u8, len(u8), u8.decode("utf-8") == text)
print("ÿ".encode("latin-1"), bytes(range(250, 256)).decode("latin-1"))
print(str(b"abc", "ascii"), "a".encode() + "é".encode())
for bad, enc in [(b"\xc3", "utf-8"), (b"\xed\xa0\x80", "utf-8"), (b"\x80", "ascii")]:
    try:
        bad.decode(enc)
    except UnicodeDecodeError as e:
        print(type(e).__name__, e.encoding, e.start, e.end, e.reason)
print(b"\xc3\xa9x\xff".decode("utf-8", "replace"), b"\xc3\xa9x\xff".decode("utf-8", "backslashreplace"))
try:
    "x".encode("no-such-codec")
except LookupError as e:
    print(type(e).__name__, e)
