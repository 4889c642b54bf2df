# exception() and exc_info: tracebacks appended to the message.
# stderr: full
import logging
import sys

logging.basicConfig(format="%(levelname)s:%(message)s")


def fail(n):
    return 10 // n


try:
    fail(0)
except ZeroDivisionError:
    logging.exception("division failed for %d", 0)

try:
    {}["k"]
except KeyError as e:
    logging.error("with exc_info=True", exc_info=True)
    logging.warning("with the exception object", exc_info=e)
    logging.warning("with a tuple", exc_info=sys.exc_info())
    logging.warning("exc_info=False", exc_info=False)

log = logging.getLogger("app")
try:
    raise ValueError("bad value\nsecond line")
except ValueError:
    log.exception("from a logger")
    log.critical("critical with traceback", exc_info=1)

logging.exception("no active exception")
logging.error("stack_info is accepted", stack_info=False)
print("done")
