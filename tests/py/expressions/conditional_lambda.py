# Conditional expressions and lambdas.
for n in range(-1, 2):
    print("neg" if n < 0 else "zero" if n == 0 else "pos")
sq = lambda x: x * x
add = lambda a, b=10: a + b
print(sq(7), add(1), add(1, 2), (lambda: "no args")(), (lambda *a, **k: (a, k))(1, z=2))
print(sorted([3, 1, 2], key=lambda x: -x), list(map(lambda s: s.upper(), "ab")))
fs = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in fs])
compose = lambda f, g: lambda x: f(g(x))
print(compose(sq, add)(2))
print((lambda x: (lambda y: x + y))(1)(2), sq.__name__)
print(1 if [] else 2, "yes" if "0" else "no")
