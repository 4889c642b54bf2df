# %-formatting with a mapping.
d = {"name": "Ann", "age": 30, "score": 9.8765}
print("%(name)s is %(age)d" % d)
print("%(name)r %(age)05d %(score).2f %(name)-6s|" % d)
print("%(a)s %(a)s" % {"a": "twice"})
print("no fields" % {}, "%%(literal)s" % {})
try:
    print("%(missing)s" % d)
except KeyError as e:
    print(type(e).__name__, e)
try:
    print("%(name)s %s" % d)
except TypeError as e:
    print(type(e).__name__, e)
