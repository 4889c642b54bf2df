# str % and str.format over a matrix of conversions and argument kinds.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class Idx:
    def __index__(self):
        return 42
    def __repr__(self):
        return "Idx()"
class Flt:
    def __float__(self):
        return 2.5
    def __repr__(self):
        return "Flt()"
class Fmt:
    def __format__(self, spec):
        return "F(" + spec + ")"
    def __repr__(self):
        return "Fmt()"
args = [0, -7, 2**70, True, 3.75, -0.0, float("inf"), "txt", "é", None, [1], Idx(), Flt(), Fmt()]
for tpl in ["%s", "%r", "%a", "%d", "%i", "%x", "%#o", "%e", "%.3g", "%c", "%+06.2f", "%-4s|", "%5.1s|"]:
    for arg in args:
        t(lambda: tpl % (arg,))
for spec in ["", ">6", "<6", "^7", "+", "x", "#b", ",", "_", ".2f", ".3", "e", "%", "c", "s", "08.3f", "=+8", "n", "g"]:
    for arg in args:
        t(lambda: ("{:" + spec + "}").format(arg))
for conv in ["!r", "!s", "!a"]:
    for arg in args:
        t(lambda: ("{" + conv + ":>8}").format(arg))
