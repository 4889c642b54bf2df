# Helper module for the imports tests (not a test itself).
print("mod_basic loading, __name__ =", __name__)
VALUE = 42
_private = "hidden"
def greet(name):
    return "hello " + name
class Thing:
    kind = "thing"
counter = 0
def bump():
    global counter
    counter += 1
    return counter
if __name__ == "__main__":
    print("mod_basic run as main (should not happen)")
