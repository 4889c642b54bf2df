# stderr: full
# sys.exit with a string prints it to stderr and exits with 1; no traceback.
import sys
print("exiting")
sys.exit("fatal: something went wrong")
