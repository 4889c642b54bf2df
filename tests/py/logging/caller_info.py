# pathname/filename/module/lineno/funcName of the calling code (needs sys._getframe).
import logging
import sys

logging.basicConfig(stream=sys.stdout,
                    format="%(filename)s|%(module)s|%(lineno)d|%(funcName)s|%(message)s")


def work():
    logging.info("in work")
    logging.getLogger("x").warning("from a logger")


logging.warning("top level")
work()


def helper():
    logging.getLogger("x").warning("reported at the caller", stacklevel=2)


helper()
