# Function and class decorators, with and without arguments.
def trace(fn):
    def wrapper(*args, **kwargs):
        print("call", fn.__name__, args, kwargs)
        result = fn(*args, **kwargs)
        print("ret", result)
        return result
    return wrapper
@trace
def add(a, b=0):
    return a + b
add(1, b=2)
def repeat(n):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]
        return wrapper
    return deco
@repeat(3)
def hello(name):
    return "hi " + name
print(hello("bob"))
def first(fn):
    print("applying first")
    return lambda: "first(" + fn() + ")"
def second(fn):
    print("applying second")
    return lambda: "second(" + fn() + ")"
@first
@second
def base():
    return "base"
print(base())
registry = []
def register(cls):
    registry.append(cls.__name__)
    return cls
@register
class Widget:
    pass
print(registry, Widget.__name__)
@lambda f: f()
def immediately():
    return "ran at definition"
print(immediately)
