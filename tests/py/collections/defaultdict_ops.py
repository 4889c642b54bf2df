# collections.defaultdict with various factories.
from collections import defaultdict
dd = defaultdict(list)
for k, v in [("a", 1), ("b", 2), ("a", 3)]:
    dd[k].append(v)
print(dd, dict(dd), dd["missing"], len(dd))
counts = defaultdict(int)
for ch in "abracadabra":
    counts[ch] += 1
print(sorted(counts.items()))
nested = defaultdict(lambda: defaultdict(int))
nested["x"]["y"] += 2
print(nested["x"]["y"], dict(nested["x"]))
plain = defaultdict()
try:
    plain["k"]
except KeyError as e:
    print(type(e).__name__, e)
print(dd.default_factory is list, "zz" in dd, dd.get("zz"), "zz" in dd)
s = defaultdict(set)
s[1].add("a"); s[1].add("a")
print(s)
print(isinstance(dd, dict), type(dd).__name__)
