# basicConfig variants: format, style, stream, handlers, force, bad arguments.
import logging
import sys
import io

logging.basicConfig(stream=sys.stdout, level=logging.DEBUG,
                    format="%(threadName)s %(levelname)s %(name)s %(message)s")
logging.debug("hello %s", "world")
logging.getLogger("app.db").info("connected to %s:%d", "localhost", 5432)
logging.basicConfig(format="ignored: second call without force")
logging.info("still first format")

logging.basicConfig(stream=sys.stdout, style="{", force=True,
                    format="{levelname:<8}|{name}|{message}|{levelno}")
logging.warning("brace style %s", 1)
logging.info("info hidden: force kept no level, but the root level stays DEBUG")

logging.basicConfig(stream=sys.stdout, style="$", force=True, format="$levelname ${name}: $message")
logging.error("dollar style")

logging.basicConfig(stream=sys.stdout, style="{", force=True)
logging.error("default brace format")
logging.basicConfig(stream=sys.stdout, style="$", force=True)
logging.error("default dollar format")
logging.basicConfig(stream=sys.stdout, force=True, format="%(processName)s|%(message)s|%(args)s")
logging.error("attrs %s", "x")

buf = io.StringIO()
h = logging.StreamHandler(buf)
h.setFormatter(logging.Formatter("custom:%(message)s"))
logging.basicConfig(handlers=[h, logging.StreamHandler(sys.stdout)], force=True, level="INFO")
logging.info("to two handlers")
print(repr(buf.getvalue()))

for kwargs in ({"stream": sys.stdout, "filename": "x.log"},
               {"handlers": [h], "stream": sys.stdout},
               {"style": "?", "force": True},
               {"bogus": 1, "other": 2, "force": True},
               {"format": "no fields here", "force": True},
               {"format": "no fields here", "style": "{", "force": True}):
    try:
        logging.basicConfig(**kwargs)
        print("ok")
    except ValueError as e:
        print("ValueError:", e)
