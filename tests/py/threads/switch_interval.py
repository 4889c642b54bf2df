# sys.setswitchinterval / getswitchinterval, and their bad arguments.
import sys

print(sys.getswitchinterval())
sys.setswitchinterval(0.002)
print(sys.getswitchinterval())
sys.setswitchinterval(1)
print(sys.getswitchinterval())
for bad in (0, -0.5, "x", None):
    try:
        sys.setswitchinterval(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    sys.setswitchinterval()
except TypeError as e:
    print("TypeError", e)
sys.setswitchinterval(0.005)
print(sys.getswitchinterval())
