# SystemExit is an exception and can be caught; exit code None/0 are success.
import sys
for arg in (None, 0, 5, "message", (1, 2)):
    try:
        sys.exit(arg)
    except SystemExit as e:
        print(repr(e.code), e.args)
try:
    sys.exit()
except SystemExit as e:
    print("no arg:", e.code)
try:
    raise SystemExit(7)
except BaseException as e:
    print(type(e).__name__, e.code)
print(isinstance(SystemExit(), Exception))
sys.exit(0)
