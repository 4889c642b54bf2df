# randint/randrange/choice/shuffle/sample/uniform with a fixed seed.
import random
random.seed(42)
print([random.randint(1, 6) for _ in range(10)])
print([random.randrange(100) for _ in range(5)], random.randrange(10, 20, 3), random.randrange(-5, 5))
print(random.choice("abcdefg"), random.choice([10, 20, 30]), random.choice(range(1000)))
deck = list(range(10))
random.shuffle(deck)
print(deck)
print(random.sample(range(100), 5), random.sample("abcdef", 3))
print(random.uniform(1, 2), random.uniform(10, -10))
print(random.randint(0, 2**70))
print(random.choices([1, 2, 3], k=5), random.choices("ab", weights=[1, 9], k=6))
