# stderr: full
# Exceptions without a message print only the class name.
class Quiet(Exception):
    pass

def f():
    raise Quiet

f()
