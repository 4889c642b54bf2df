# printf-style % formatting of str.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print("%s %r %a" % ("é", "é", "é"), "%d %i %u" % (1, -2, 3), "%o %x %X %#o %#x %#X" % (8, 255, 255, 8, 255, 255))
print("%5d|%-5d|%05d|%+d|% d|%+05d" % (42, 42, 42, 42, 42, -42), "%.3d|%6.3d|%-6.3d|" % (5, 5, 5))
print("%f %.2f %10.3f %-10.1f| %e %E %g %G" % (3.14159, 3.14159, 3.14159, 3.14159, 12345.678, 12345.678, 0.00001, 1e20))
print("%#.0f %#g %+.1e % f %08.2f %-8.2f|" % (3.0, 1.0, 1234.5, 2.5, -3.14159, 3.14159))
print("%c%c%c" % (72, "i", 0x263a), "%5s|%-5s|%.2s|%5.1s|" % ("ab", "ab", "abc", "xyz"), "%%|" % ())
print("%*d|%-*d|%.*f|%*.*f|" % (5, 3, 5, 3, 2, 3.14159, 8, 3, 2.71828), "%s" % (1,), "%s" % [1, 2], "%s" % {"a": 1})
print("%(a)s %(b)r %(a)05d" % {"a": 7, "b": "x"}, "%(x)s %(x)s" % {"x": "twice"}, "abc" % {}, "abc" % [1], "%s %(a)s" % {"a": 1})
print("%d %s" % (3.9, 3.9), "%x" % 10**20, "%d" % -10**20, "%i" % True, "%s|%r" % (None, None), "%.1f%%" % 99.5)
print("%s" % "x" * 3, "%-3s|" % "é", "%r" % b"a", "%a" % "☃", "%s" % ("é",))
class I:
    def __index__(self):
        return 11
class F:
    def __float__(self):
        return 2.5
print("%x %o %d" % (I(), I(), I()), "%.1f %e" % (F(), F()))
t(lambda: "%s %s" % ("a",))
t(lambda: "%s" % ("a", "b"))
t(lambda: "abc" % 5)
t(lambda: "%d" % "1")
t(lambda: "%x" % 3.5)
t(lambda: "%f" % "x")
t(lambda: "%c" % "ab")
t(lambda: "%c" % 0x110000)
t(lambda: "%c" % -1)
t(lambda: "%c" % 1.5)
t(lambda: "%z" % 1)
t(lambda: "%" % ())
t(lambda: "%(a" % {})
t(lambda: "%(a)s" % 5)
t(lambda: "%(a)s" % {})
t(lambda: "%(a)s %s" % {"a": 1})
t(lambda: "%s %s" % {"a": 1})
t(lambda: "%*d" % ("x", 1))
t(lambda: "%.*f" % ("x", 1.0))
t(lambda: "%d" % None)
t(lambda: "%d" % float("nan"))
t(lambda: "%d" % float("inf"))
t(lambda: "%s" % ())
t(lambda: "%5%" % ())
print("%s and %s" % ("a", "b"), "plain" % (), "%(k)s" % {"k": "v"})
