# print(file=sys.stderr) and sys.stderr.write go to stderr; stdout stays separate.
import sys
print("to stdout 1")
print("to stderr 1", file=sys.stderr)
sys.stderr.write("to stderr 2\n")
sys.stdout.write("to stdout 2\n")
sys.stderr.flush()
print("to stdout 3", flush=True)
