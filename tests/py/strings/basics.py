# String indexing, slicing, concatenation, repetition, membership.
s = "Hello, World"
print(s[0], s[-1], s[7:], s[:5], s[::2], s[::-1], s[-5:-1], s[100:], s[3:1])
print(s + "!", s * 2, 3 * "ab", "" * 5, "x" * -1)
print("World" in s, "world" in s, "" in s, "z" not in s)
print(len(s), len(""), s.index("o"), s.count("l"))
print(s < "Help", "a" < "b", "Z" < "a", "abc" < "abd", "ab" < "abc", "" < "a")
print("abc" == "abc", "abc" != "abd", "a" * 3 == "aaa")
for ch in "abc":
    print(ch, end=" ")
print()
print(list("hey"), tuple("ab"), sorted("banana"))
try:
    s[20]
except IndexError as e:
    print(type(e).__name__, e)
try:
    s[0] = "h"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" + 1
except TypeError as e:
    print(type(e).__name__, e)
