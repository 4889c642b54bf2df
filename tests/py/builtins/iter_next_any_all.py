# iter(), next(), any(), all().
it = iter([10, 20])
print(next(it), next(it), next(it, None))
try:
    next(it)
except StopIteration:
    print("StopIteration")
print(any([]), all([]), any([0, "", None]), any([0, 1]), all([1, "a", [0]]), all([1, 0]))
def noisy(vals):
    for v in vals:
        print("check", v)
        yield v
print(any(noisy([0, 1, 2])))
print(all(noisy([1, 0, 2])))
print(list(iter("ab")), iter(it) is it, next(iter({"k": 1})))
d = {"a": 1}
it2 = iter(d)
try:
    d["b"] = 2
    next(it2)
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    next([1])
except TypeError as e:
    print(type(e).__name__, e)
