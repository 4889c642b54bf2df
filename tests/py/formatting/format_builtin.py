# format() and __format__ on builtin types.
for value, spec in [(42, ""), (42, "5"), (42, "<5"), (42, "^5"), (42, "x"), (42, "o"),
                    (42, "#X"), (-42, "08"), (3.0, ""), (3.0, "g"), (0.1, ".20f"),
                    (1e16, ""), (1e16, "f"), (123.456, ".2e"), (1 / 3, ".5"), ("s", "^5"),
                    (True, ""), (True, ">5"), (None, ""), (2**70, ","), (1234.5, "_"),
                    (0, "b"), (-5, "b"), (12, "c"), (-0.0, "+"), (5, "=+4")]:
    print(repr(value), repr(spec), "->", repr(format(value, spec)))
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        s = "%d.%02d" % divmod(self.cents, 100)
        return format(s, spec) if spec else "$" + s
m = Money(12345)
print(format(m), format(m, ">10"), f"{m}", "{:*<10}".format(m))
for value, spec in [("s", "d"), (1, "s"), (1.5, "d"), ([], "x")]:
    try:
        format(value, spec)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
