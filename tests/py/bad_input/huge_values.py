# Large but legitimate values: long strings, big lists, large ints (no crash, exact results).
s = "ab" * 500000
print(len(s), s[-3:], s.count("ab"))
big = list(range(200000))
print(len(big), sum(big))
n = 3 ** 2000
print(n % 1000007, n.bit_length(), len(str(3 ** 1000)))
d = {i: i for i in range(100000)}
print(len(d), d[99999])
t = tuple(range(100000))
print(t[-1], len(set(t)))
print(len("x" * 0), [] * 10**9)
try:
    "x" * (10**20)
except (OverflowError, MemoryError) as e:
    print(type(e).__name__)
try:
    [0] * (10**20)
except (OverflowError, MemoryError) as e:
    print(type(e).__name__)
