# sys.exit(n) exits with code n after running finally blocks; output is flushed.
import sys
try:
    print("in try")
    sys.exit(3)
finally:
    print("finally runs on SystemExit")
print("never")
