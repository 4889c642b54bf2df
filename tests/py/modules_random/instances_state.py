# random.Random instances are independent; getstate/setstate round-trip.
import random
a = random.Random(7)
b = random.Random(7)
print(a.random() == b.random(), a.randint(1, 100), b.randint(1, 100))
c = random.Random(99)
state = c.getstate()
first = [c.random() for _ in range(3)]
c.setstate(state)
print(first == [c.random() for _ in range(3)], first)
random.seed(5)
x = random.random()
r = random.Random(5)
print(x == r.random())
d = random.Random()
d.seed(2024)
print(d.randrange(1000), d.choice("xyz"), round(d.gauss(0, 1), 12), round(d.normalvariate(10, 2), 12))
print(round(d.expovariate(1.5), 12), round(d.triangular(0, 10), 12), round(d.betavariate(2, 3), 12))
