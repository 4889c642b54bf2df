# Other str methods and str module-level behaviours.
s = "Hello"
print(s.__class__.__name__, str.upper(s), s.count("l"), s[::-1], s.isascii())
print("%s has %d chars" % (s, len(s)), s.format(), "{0}{0}".format(s))
print("a-b_c d".replace("-", " ").replace("_", " ").split())
print(sorted(["b10", "a2", "b9"], key=lambda t: (t[0], int(t[1:]))))
print("title case words".title().split(), "X".join(["", ""]), "mississippi".split("ss"))
words = "the cat sat on the mat the end".split()
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0])))
print(" ".join(w.capitalize() for w in "snake_case_name".split("_")))
print(str.join(",", ["a", "b"]), str.__name__, "abc".__str__(), "abc".__repr__())
print(min("hello"), max("hello"), "".join(sorted(set("hello"))), list(map(ord, "AZ")))
print("Ab" < "aB", "abc".__lt__("abd"), "abc" * 2 == "abcabc", hash("x") == hash("x"))
