# Recursive generators and RecursionError inside generators.
def walk(n):
    if n:
        yield n
        yield from walk(n - 1)
print(sum(walk(300)))
def endless():
    yield from endless()
try:
    next(endless())
except RecursionError as e:
    print(type(e).__name__, e)
print("ok")
