# A first taste of gilpy: classes, generators, f-strings and big integers.
class Fib:
    """Iterate over Fibonacci numbers below a limit."""

    def __init__(self, limit):
        self.limit = limit

    def __iter__(self):
        a, b = 0, 1
        while a < self.limit:
            yield a
            a, b = b, a + b


nums = list(Fib(100))
print("Fibonacci below 100:", nums)
total = 0
for n in nums:
    total += n
print(f"their sum is {total:,} and the last one is {nums[-1]!r}")
print("2**100 =", 2 ** 100)
squares = {n: n * n for n in range(6)}
print("squares:", squares)
try:
    {}["missing"]
except KeyError as e:
    print("caught KeyError:", e)
