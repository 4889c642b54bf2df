# Module-level functions: auto basicConfig on first use, levels and level names.
import logging
import sys

sys.stderr = sys.stdout  # the default handler binds sys.stderr when it is created
logging.debug("not shown")
logging.info("not shown either")
logging.warning("warn %s %d", "a", 1)
logging.error("error %r", [1, 2])
logging.critical("crit")
logging.log(logging.ERROR, "via log %s", "x")
logging.log(25, "level 25 passes WARNING? no")
print(logging.getLevelName(10), logging.getLevelName("INFO"), logging.getLevelName(25))
print(logging.getLevelName("WARN"), logging.getLevelName("FATAL"), logging.getLevelName("nope"))
logging.addLevelName(25, "NOTICE")
print(logging.getLevelName(25), logging.getLevelName("NOTICE"))
logging.root.setLevel("NOTICE")
logging.log(25, "notice now shown")
logging.info("info hidden")
print(logging.root.getEffectiveLevel(), logging.root.isEnabledFor(30), logging.root.isEnabledFor(20))
print(logging.CRITICAL, logging.FATAL, logging.ERROR, logging.WARNING, logging.WARN,
      logging.INFO, logging.DEBUG, logging.NOTSET)
print(sorted(logging.getLevelNamesMapping().items()))
print(logging.root, logging.getLogger(), logging.getLogger("root") is logging.root)
for bad in ("LOUD", 1.5, None):
    try:
        logging.root.setLevel(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    logging.log("ERROR", "x")
except TypeError as e:
    print("TypeError", e)
logging.disable(logging.ERROR)
logging.error("disabled")
logging.critical("critical still shown")
logging.disable(logging.NOTSET)
logging.error("enabled again")
logging.info("msg with %(key)s mapping", {"key": "dict"})
logging.warning("literal %s with no args")
logging.warning(42)
logging.fatal("fatal %d%%", 99)
