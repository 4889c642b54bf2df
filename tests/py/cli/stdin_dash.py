# argv: - first second
# stdin: stdin_dash.py
# gilpy - reads the program from stdin; sys.argv[0] is '-'.
import sys
print(sys.argv, __name__)
def f():
    return "functions work from stdin"
print(f())
