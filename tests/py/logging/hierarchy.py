# getLogger's dotted tree, propagation, effective levels, handlers and filters.
import logging
import sys


def show(tag):
    return logging.Formatter(tag + " %(name)s %(levelname)s %(message)s")


out = logging.StreamHandler(sys.stdout)
out.setFormatter(show("[root]"))
logging.getLogger().addHandler(out)

c = logging.getLogger("a.b.c")      # created before its ancestors: placeholders
a = logging.getLogger("a")
b = logging.getLogger("a.b")
print(c.parent is b, b.parent is a, a.parent is logging.root)
print(logging.getLogger("a.b") is b, a.getChild("b") is b, b.getChild("c.d").name)
print(logging.root.getChild("z").name, logging.getLogger("a.bb").parent is a)
print(repr(a), repr(c), repr(logging.root))

a.setLevel(logging.DEBUG)
print(c.getEffectiveLevel(), c.level, c.isEnabledFor(logging.DEBUG), a.hasHandlers())
c.debug("debug from c reaches the root handler")

ha = logging.StreamHandler(sys.stdout)
ha.setFormatter(show("[a]"))
a.addHandler(ha)
c.info("seen twice")
b.propagate = False
c.info("stops at b: nothing printed, then lastResort? no, b has no handler -> lastResort")
b.propagate = True
ha.setLevel(logging.ERROR)
c.warning("only the root handler")
c.error("both handlers")
a.removeHandler(ha)
c.error("root only again")

class OnlyEven(logging.Filter):
    def filter(self, record):
        return record.args and record.args[0] % 2 == 0

a.addFilter(OnlyEven())
for i in range(4):
    a.info("number %d", i)
    c.info("c number %d", i)   # logger filters do not apply to descendants

out.addFilter(logging.Filter("a.b"))
a.info("number %d", 10)
b.info("b %d", 11)
logging.getLogger("a.bb").warning("a.bb is not under a.b")
out.addFilter(lambda r: "skip" not in r.getMessage())
b.warning("skip me")
b.warning("keep me")
print(logging.Filter("a.b").filter(logging.makeLogRecord({"name": "a.b.c"})),
      logging.Filter("a.b").filter(logging.makeLogRecord({"name": "a.bc"})),
      logging.Filter().filter(logging.makeLogRecord({"name": "zzz"})))
c.disabled = True
c.error("disabled logger")
c.disabled = False
try:
    logging.getLogger(3)
except TypeError as e:
    print(e)
print(logging.getLogger("").name, logging.getLogger(None) is logging.root)
print(logging.getLogger("x.y").hasHandlers(), logging.Logger("free").hasHandlers())
