# yield from: delegation, return values, send/throw passthrough.
def inner():
    x = yield "inner-1"
    print("inner got", x)
    yield "inner-2"
    return "inner-result"
def outer():
    result = yield from inner()
    print("outer got result", result)
    yield "outer-end"
g = outer()
print(next(g))
print(g.send("hello"))
print(next(g))
print(list(outer()))
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], "ab", range(2))))
def sub():
    try:
        yield 1
        yield 2
    except KeyError:
        yield "caught in sub"
def delegator():
    yield from sub()
d = delegator()
print(next(d), d.throw(KeyError))
def flatten(x):
    if isinstance(x, list):
        for item in x:
            yield from flatten(item)
    else:
        yield x
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))
