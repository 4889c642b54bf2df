# TypeError messages for bad calls.
def f(a, b):
    pass
def g(a, *, k):
    pass
def h(x, /, y):
    pass
nothing, five, text = None, 5, "s"
cases = [
    lambda: f(1),
    lambda: f(1, 2, 3),
    lambda: f(1, 2, c=3),
    lambda: f(1, a=1),
    lambda: g(1),
    lambda: g(1, 2),
    lambda: h(x=1, y=2),
    lambda: f(),
    lambda: (lambda: 0)(1),
    lambda: len(),
    lambda: len(1, 2),
    lambda: nothing(),
    lambda: five(),
    lambda: text(),
    lambda: f(*1),
    lambda: f(**[1]),
    lambda: f(1, **{"b": 2, "a": 3}),
]
for c in cases:
    try:
        c()
        print("no error")
    except TypeError as e:
        print(type(e).__name__, e)
