# argv:
# stdin: stdin_plain.py
# With no arguments and stdin not a terminal, the program is read from stdin (no prompts on stdout).
import sys
print(sys.argv)
x = 5
x
print("x is", x)
for i in range(2):
    print("loop", i)
