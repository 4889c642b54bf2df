# Assigning an instance's __dict__ replaces its attributes.
class O:
    pass
o = O()
o.x = 5
o.__dict__ = {"a": 1, "b": [2]}
print(o.a, o.b, vars(o), hasattr(o, "x"))
o.c = 3
print(sorted(vars(o)))
try:
    o.__dict__ = 3
except TypeError as e:
    print(e)
del o.a
print(vars(o))
o.__dict__ = {}
print(vars(o), hasattr(o, "b"))
