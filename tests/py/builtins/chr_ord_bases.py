# chr, ord, hex, bin, oct, ascii, repr.
print(chr(65), chr(97), chr(0x263A), chr(0x1F600), ord("A"), ord("€"), ord(b"a"), ord("😀"))
print(hex(255), hex(-255), hex(0), hex(2**64), bin(10), bin(-10), bin(0), oct(8), oct(-8), oct(0))
print(ascii("plain"), ascii("é"), ascii("😀"), ascii([1, "ü"]), repr("\x00"), repr("é"))
print(int(hex(12345), 16), int(bin(12345), 2), int(oct(12345), 8))
for fn, arg in ((chr, 0x110000), (ord, "ab"), (ord, ""), (hex, 1.5), (chr, "a")):
    try:
        fn(arg)
    except (TypeError, ValueError) as e:
        print(fn.__name__, type(e).__name__, e)
