# Sets of strings: their order is hash-dependent, so always sort before printing.
words = "the quick brown fox jumps over the lazy dog the end".split()
uniq = set(words)
print(len(words), len(uniq), sorted(uniq))
vowels = set("aeiou")
print(sorted(set("programming") & vowels), sorted(set("programming") - vowels))
seen = set()
dups = []
for w in words:
    if w in seen:
        dups.append(w)
    seen.add(w)
print(dups)
print(sorted({w[0] for w in words}), sorted(map(len, uniq)))
print("fox" in uniq, "cat" in uniq, len(uniq | {"cat"}))
