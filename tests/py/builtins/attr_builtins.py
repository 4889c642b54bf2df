# getattr, setattr, hasattr, delattr, vars, dir.
class P:
    cls_attr = "c"
    def __init__(self):
        self.a = 1
p = P()
print(getattr(p, "a"), getattr(p, "cls_attr"), getattr(p, "zz", "default"), hasattr(p, "a"), hasattr(p, "zz"))
setattr(p, "b", 2)
print(p.b, vars(p))
delattr(p, "a")
print(vars(p), hasattr(p, "a"))
try:
    getattr(p, "nope")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    delattr(p, "nope")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(p, 5)
except TypeError as e:
    print(type(e).__name__, e)
print([n for n in dir(p) if not n.startswith("__")])
print("append" in dir(list), "__len__" in dir([]), dir(p) == sorted(dir(p)))
import sys
print("argv" in dir(sys), "path" in vars(sys))
def fn():
    pass
fn.custom = 1
print(vars(fn), getattr(fn, "__name__"))
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
