# Closures capture variables, not values; each call makes a new cell.
def make_counter(start):
    count = start
    def step(by=1):
        nonlocal count
        count += by
        return count
    return step
a = make_counter(0)
b = make_counter(100)
print(a(), a(), b(), a(5), b(10))
def make_adders():
    return [lambda x: x + i for i in range(3)]
print([f(10) for f in make_adders()])
def make_adders_fixed():
    return [(lambda i: lambda x: x + i)(i) for i in range(3)]
print([f(10) for f in make_adders_fixed()])
def cell_shared():
    v = 1
    def read():
        return v
    def write(n):
        nonlocal v
        v = n
    return read, write
r, w = cell_shared()
print(r()); w(42); print(r())
print(a.__closure__ is not None, len(a.__closure__), make_counter.__closure__)
