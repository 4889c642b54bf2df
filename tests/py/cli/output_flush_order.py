# Output written before a crash and before sys.exit is not lost; large output is complete.
import sys
for i in range(2000):
    print("line", i)
sys.stdout.write("no newline at the end")
sys.exit(0)
