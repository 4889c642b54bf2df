# args: first "second arg" --flag -x 3
# sys.argv holds the script name and the arguments as given.
import sys
print(len(sys.argv), sys.argv[1:])
print(sys.argv[0].endswith("argv.py"))
for i, a in enumerate(sys.argv[1:], 1):
    print(i, repr(a))
