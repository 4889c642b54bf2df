# atexit callbacks run after the main module, last registered first; errors are reported.
import atexit

def bye(who, punct="!"):
    print("bye", who + punct)

atexit.register(bye, "first")
atexit.register(bye, "second", punct="?")
class Boom:
    def __call__(self):
        raise ValueError("in callback")
    def __repr__(self):
        return "<Boom>"
atexit.register(Boom())
def never():
    print("never")
atexit.register(never)
atexit.unregister(never)
print("main done")
