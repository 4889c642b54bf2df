# The iterator protocol: __iter__ and __next__.
class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
print(list(Countdown(3)), sum(Countdown(4)), max(Countdown(5)))
for x in Countdown(2):
    print("loop", x)
class Reusable:
    def __init__(self, data):
        self.data = data
    def __iter__(self):
        return iter(self.data)
r = Reusable("ab")
print(list(r), list(r), tuple(r), dict.fromkeys(r))
a, b = Reusable([1, 2])
print(a, b)
class NotIter:
    def __iter__(self):
        return 5
try:
    iter(NotIter())
except TypeError as e:
    print(type(e).__name__, e)
it = iter([1, 2])
print(next(it), next(it), next(it, "end"))
def sentinel_source():
    vals = [3, 2, 1, 0, 5]
    return lambda: vals.pop(0)
print(list(iter(sentinel_source(), 0)))
