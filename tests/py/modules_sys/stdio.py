# sys.stdout/sys.stderr write and flush; write returns the number of characters.
import sys
n = sys.stdout.write("written directly\n")
print("returned", n)
m = sys.stdout.write("héllo\n")
print("returned", m)
sys.stdout.flush()
sys.stderr.write("to stderr\n")
sys.stderr.flush()
print(sys.stdout is sys.__stdout__, hasattr(sys.stdout, "write"), hasattr(sys.stdin, "readline"))
class Capture:
    def __init__(self):
        self.data = []
    def write(self, s):
        self.data.append(s)
        return len(s)
    def flush(self):
        pass
old = sys.stdout
sys.stdout = Capture()
print("captured", 1, 2)
cap = sys.stdout
sys.stdout = old
print(cap.data)
