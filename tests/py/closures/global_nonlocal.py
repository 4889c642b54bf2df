# global and nonlocal declarations.
counter = 0
def incr():
    global counter
    counter += 1
incr(); incr()
print(counter)
def make():
    x = 0
    def inc():
        nonlocal x
        x += 1
        return x
    def get():
        return x
    return inc, get
inc, get = make()
inc(); inc(); inc()
print(get())
def outer():
    v = "outer"
    def middle():
        def inner():
            nonlocal v
            v = "changed by inner"
        inner()
    middle()
    return v
print(outer())
def define_global():
    global brand_new
    brand_new = "created"
define_global()
print(brand_new)
def shadow():
    counter = 100
    return counter
print(shadow(), counter)
def unbound():
    print(counter)
    counter = 5
try:
    unbound()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def free_unbound():
    def inner():
        return y
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    y = 1
free_unbound()
