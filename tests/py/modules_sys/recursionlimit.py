# get/setrecursionlimit change when RecursionError is raised.
import sys
old = sys.getrecursionlimit()
print(old)
def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
sys.setrecursionlimit(200)
print(sys.getrecursionlimit())
d200 = depth(0)
sys.setrecursionlimit(400)
d400 = depth(0)
print(150 < d200 <= 200, 350 < d400 <= 400, d400 - d200)
sys.setrecursionlimit(old)
print(sys.getrecursionlimit())
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    sys.setrecursionlimit("x")
except TypeError as e:
    print(type(e).__name__, e)
