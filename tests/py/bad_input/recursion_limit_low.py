# A very low recursion limit still lets simple code run; the error is catchable.
import sys
sys.setrecursionlimit(50)
def f(n):
    return f(n + 1)
try:
    f(0)
except RecursionError as e:
    print(type(e).__name__, e)
print(sorted([3, 1, 2]), "low limit ok")
sys.setrecursionlimit(1000)
