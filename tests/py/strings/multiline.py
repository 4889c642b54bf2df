# Building strings: join, accumulation, and string identity of results.
parts = []
for i in range(10):
    parts.append(str(i * i))
print(",".join(parts))
acc = ""
for ch in "abcdef":
    acc += ch.upper() + "-"
print(acc, len(acc))
words = "the quick brown fox".split()
print(" ".join(reversed(words)), "".join(w[0] for w in words))
print("\n".join(["line1", "line2"]))
lines = "a\nb\r\nc\n".splitlines()
print(lines, "a\nb\r\nc\n".splitlines(True))
text = "x=1;y=2;z=3"
print(dict(kv.split("=") for kv in text.split(";")))
print("-" * 20)
print("%d items" % len(parts), "{} items".format(len(parts)))
