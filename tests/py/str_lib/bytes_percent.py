# bytes % formatting: every conversion against a matrix of argument kinds.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
for tpl in [b"%s", b"%5s|", b"%-5b|", b"%.2s", b"%r", b"%a", b"%c", b"%d", b"%05.1f", b"%x", b"%(k)s", b"%%%s", b"\xff%s\xfe"]:
    for arg in [b"ab", bytearray(b"q"), 65, "s", 3.5, {b"k": b"v"}, (b"x",), [1], None, b"\x80\xff"]:
        t(lambda: tpl % arg)
