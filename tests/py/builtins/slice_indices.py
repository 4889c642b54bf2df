# slice.indices clamps like slicing does; staticmethod objects are callable.
for s in (slice(None), slice(2, None), slice(None, 7), slice(2, 7, 2), slice(2, 7, -2),
          slice(7, 2, 2), slice(7, 2, -2), slice(-100, 100), slice(None, None, -1)):
    print(s, s.indices(10), s.indices(5), s.indices(0))
for bad in (None, -1, "3"):
    try:
        slice(1).indices(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    slice(0, 1, 0).indices(3)
except ValueError as e:
    print(e)
print(staticmethod(len)("abc"), callable(staticmethod(len)))
