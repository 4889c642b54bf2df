# Class bodies are not enclosing scopes for methods; comprehensions in class bodies.
x = "module"
class C:
    x = "class"
    def method(self):
        return x
    y = x + "!"
    z = [x for _ in range(1)]
print(C().method(), C.y, C.z)
def f():
    v = "function"
    class D:
        w = v
        def m(self):
            return v
    return D
D = f()
print(D.w, D().m())
class E:
    a = 1
    b = a + 1
    def get_b(self):
        return self.b
print(E.b, E().get_b())
def make_class(n):
    class K:
        value = n
        def show(self):
            return "K" + str(n)
    return K
print(make_class(1)().show(), make_class(2).value)
