# Slicing with steps, negative indices and slice objects.
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[:-7], a[::3], a[1::2], a[::-1], a[::-3], a[8:2:-2])
print(a[100:], a[-100:2], a[5:5], a[6:2], a[2:8:-1])
s = "abcdefgh"
print(s[1:6:2], s[::-2], s[-2:-6:-1], (1, 2, 3, 4)[::2])
sl = slice(1, 8, 3)
print(a[sl], sl.start, sl.stop, sl.step, slice(5), slice(None, None, -1).indices(4))
b = a[:]
b[2:5] = ["x"]
print(b)
b[::2] = "ABCD"
print(b)
b[1:3] = []
print(b)
del b[::2]
print(b)
try:
    a[::0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    c = list(range(5))
    c[::2] = [1]
except ValueError as e:
    print(type(e).__name__, e)
print(a[True:3], a[-1:-1], "x"[5:])
