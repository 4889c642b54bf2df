# StreamHandler, FileHandler, NullHandler, Formatter, LoggerAdapter, extra, lastResort.
# stderr: full
import logging
import os
import sys

log = logging.getLogger("h")
log.warning("no handler anywhere: lastResort prints the bare message")
log.info("below WARNING: lastResort drops it")
log.propagate = False
log.addHandler(logging.NullHandler())
log.error("swallowed by NullHandler")

path = os.path.join(os.environ["TMPDIR"], "out.log")
fh = logging.FileHandler(path, mode="w")
fh.setFormatter(logging.Formatter("%(levelname)s|%(message)s"))
log.addHandler(fh)
log.setLevel(logging.INFO)
log.info("line %d", 1)
log.warning("line %d", 2)
fh.close()
print(repr(open(path).read()))
print(fh.baseFilename == os.path.abspath(path), repr(fh).startswith("<FileHandler "), repr(fh)[-10:])
log.removeHandler(fh)

fh2 = logging.FileHandler(path, delay=True)
print(fh2.stream is None)
log.addHandler(fh2)
log.info("appended")
fh2.close()
print(open(path).read().splitlines())
log.removeHandler(fh2)

sh = logging.StreamHandler(sys.stdout)
sh.setFormatter(logging.Formatter("%(name)s:%(user)s:%(message)s"))
log.addHandler(sh)
log.info("with extra", extra={"user": "bob"})
try:
    log.info("bad extra", extra={"message": "x"})
except KeyError as e:
    print("KeyError", e)
try:
    log.info("bad extra", extra={"name": "x"})
except KeyError as e:
    print("KeyError", e)
sh.setFormatter(logging.Formatter("%(name)s:%(message)s"))


class Tagged(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return "[%s] %s" % (self.extra["tag"], msg), kwargs


ad = Tagged(log, {"tag": "T1"})
ad.info("adapted %s", "message")
ad.debug("hidden: below INFO")
print(ad.isEnabledFor(logging.INFO), ad.getEffectiveLevel(), ad.name, repr(ad))
plain = logging.LoggerAdapter(log, {"user": "ann"})
sh.setFormatter(logging.Formatter("%(user)s %(message)s"))
plain.warning("plain adapter")

f = logging.Formatter()
r = logging.LogRecord("n", logging.INFO, "/p/mod.py", 7, "hi %s", ("x",), None)
print(f.format(r), r.getMessage(), repr(r), r.filename, r.module, r.levelname)
print(logging.Formatter("%(message)s").usesTime(), logging.Formatter("%(asctime)s").usesTime(),
      logging.Formatter("{asctime}", style="{").usesTime())
try:
    logging.Formatter("%(nosuch)s").format(r)
except ValueError as e:
    print("ValueError", e)
print(logging.Formatter("%(message)s %(extra1)s", defaults={"extra1": "d"}).format(r))
print(repr(logging.Handler()), repr(logging.NullHandler()), logging.StreamHandler(sys.stdout).terminator == "\n")
h = logging.Handler(logging.INFO)
h.name = "mine"
print(h.name, h.level, repr(h))
try:
    h.emit(r)
except NotImplementedError as e:
    print("NotImplementedError", e)
sh.setFormatter(logging.Formatter("%(name)s:%(message)s"))
sh.terminator = " <end>\n"
log.info("custom terminator")
old = sh.setStream(sys.stderr)
print(old is sys.stdout, sh.setStream(sys.stderr))
log.info("now to stderr")
logging.shutdown()
print("shutdown ok")
