# Unseeded random: only properties that hold for any stream.
import random
vals = [random.random() for _ in range(1000)]
print(all(0.0 <= v < 1.0 for v in vals), len(set(vals)) > 990)
ints = [random.randint(1, 3) for _ in range(300)]
print(sorted(set(ints)), min(ints), max(ints))
lst = list(range(20))
random.shuffle(lst)
print(sorted(lst) == list(range(20)))
s = random.sample(range(50), 10)
print(len(s), len(set(s)), all(0 <= x < 50 for x in s))
print(random.choice([7]), random.randrange(1), random.getrandbits(8) < 256)
try:
    random.choice([])
except IndexError as e:
    print(type(e).__name__, e)
try:
    random.randint(5, 1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    random.sample(range(3), 5)
except ValueError as e:
    print(type(e).__name__, e)
