# printf-style % formatting.
print("%d %i %s %r" % (42, -7, "str", "repr"))
print("%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42))
print("%f|%.2f|%10.3f|%-10.1f|%e|%E|%g|%G" % (3.14159, 3.14159, 3.14159, 3.14159, 31415.9, 0.000314, 1e-10, 2.5e20))
print("%x|%X|%#x|%o|%#o|%c|%c" % (255, 255, 255, 8, 8, 65, "z"))
print("%s" % "single", "%s" % (("tuple",),), "%s and %s" % ("a", "b"))
print("100%%", "%d%%" % 50, "%.3s|" % "abcdef", "%5s|%-5s|" % ("ab", "cd"))
print("%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159))
print("%s %s" % ([1, 2], {"a": 1}), "%r" % (None,), "%a" % "é")
print("%d" % 3.99, "%d" % True, "%s" % 2**70, "%x" % 2**70)
for fmt, args in (("%d", "x"), ("%d %d", (1,)), ("%d", (1, 2)), ("%z", 1), ("%(a)s", 1)):
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
