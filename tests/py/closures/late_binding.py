# Closure variables are looked up at call time.
def outer():
    fns = []
    for i in range(3):
        def f():
            return i
        fns.append(f)
    i = 99
    return fns
print([f() for f in outer()])
x = "global"
def reads_global():
    return x
x = "rebound"
print(reads_global())
def gen_closure():
    items = []
    def add(v):
        items.append(v)
        return len(items)
    return add, items
add, items = gen_closure()
add("a"); add("b")
print(items)
def deep():
    a = 1
    def l1():
        b = 2
        def l2():
            c = 3
            def l3():
                return a + b + c
            return l3
        return l2
    return l1
print(deep()()()())
