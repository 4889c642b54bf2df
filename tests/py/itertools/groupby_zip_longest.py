# groupby and zip_longest.
from itertools import groupby, zip_longest
print([(k, list(g)) for k, g in groupby("aaabccdaa")])
data = [("fruit", "apple"), ("fruit", "pear"), ("veg", "kale"), ("fruit", "fig")]
for key, group in groupby(data, key=lambda t: t[0]):
    print(key, [name for _, name in group])
words = sorted(["bee", "ant", "cat", "ape", "bat"], key=lambda w: w[0])
print({k: list(g) for k, g in groupby(words, key=lambda w: w[0])})
print(list(zip_longest("abc", [1])), list(zip_longest("ab", "xyz", fillvalue="-")), list(zip_longest()))
print([len(list(g)) for _, g in groupby([1, 1, 2, 2, 2, 1])])
