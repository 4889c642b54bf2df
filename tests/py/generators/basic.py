# Generator functions: laziness, exhaustion, StopIteration.
def gen(n):
    print("start")
    for i in range(n):
        print("yielding", i)
        yield i
    print("end")
g = gen(2)
print("created")
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
print(list(gen(3)))
print(next(gen(0), "default"))
def squares():
    n = 0
    while True:
        yield n * n
        n += 1
s = squares()
print([next(s) for _ in range(6)])
g2 = gen(1)
print(iter(g2) is g2, type(g2).__name__)
def early():
    yield 1
    return
    yield 2
print(list(early()))
