# assert, del and pass.
assert True
assert 1 == 1, "never shown"
try:
    assert 1 == 2, "custom message"
except AssertionError as e:
    print(type(e).__name__, e, e.args)
try:
    assert False
except AssertionError as e:
    print(type(e).__name__, repr(str(e)), e.args)
x = 5
del x
try:
    print(x)
except NameError as e:
    print(type(e).__name__, e)
lst = [0, 1, 2, 3, 4]
del lst[0], lst[-1]
print(lst)
del lst[::2]
print(lst)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
class O:
    pass
o = O()
o.attr = 1
del o.attr
print(hasattr(o, "attr"))
def empty():
    pass
print(empty())
class Empty:
    pass
for _ in range(2):
    pass
try:
    del d["zz"]
except KeyError as e:
    print(type(e).__name__, e)
a, b = 1, 2
del a, b
print("a" in dir(), "b" in dir())
