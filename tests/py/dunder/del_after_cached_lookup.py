# `__del__` runs as soon as the last reference goes, even when the object was just read
# through a global or a class attribute (lookup caches must not keep it alive).
class A:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


a = A(1)


def f():
    return a


f()
f()
del a
print("after del a")

b = A(2)


def g():
    return b


g()
b = None
print("after rebinding b")


class C:
    attr = A(3)


def h():
    return C.attr


h()
h()
del C.attr
print("after del C.attr")


def make():
    class Local:
        def __del__(self):
            print("del Local instance")

    return Local


L = make()
obj = L()


def use():
    return obj


use()
obj = None
print("end")
