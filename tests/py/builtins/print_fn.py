# print() with sep, end, file and flush.
import sys
print()
print("a", "b", "c")
print("a", "b", sep="")
print("a", "b", sep=" | ", end=" <end>\n")
print(1, 2.5, None, [1], sep=",")
print("no newline", end="")
print(" -- continued")
print("to stdout", file=sys.stdout, flush=True)
print(*range(5), sep="-")
print("x", sep=None, end=None)
print("", end="")
print("multi\nline")
class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = W()
print("into", "object", file=w, sep="_", end="!")
print(w.parts)
try:
    print("x", sep=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("x", file=5)
except AttributeError as e:
    print(type(e).__name__, e)
print(print("inner"))
