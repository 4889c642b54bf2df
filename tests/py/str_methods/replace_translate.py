# replace, translate/maketrans, encode, format_map, str.__mod__ basics.
print("aaa".replace("a", "b"), "aaa".replace("a", "b", 2), "abc".replace("", "-"), "abc".replace("x", "y"), "abab".replace("ab", ""))
table = str.maketrans("abc", "xyz", "d")
print("abcdd".translate(table), "hello".translate({ord("l"): "L", ord("o"): None}), str.maketrans({"a": "1"}))
print("héllo".encode(), "héllo".encode("latin-1"), "abc".encode("ascii"), "é".encode("utf-8", "replace"))
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
print("é".encode("ascii", "ignore"), "é".encode("ascii", "replace"), "é".encode("ascii", "backslashreplace"))
print("{a}-{b}".format_map({"a": 1, "b": 2}))
print("x".join("123"), "ab" * 0, "a".__add__("b"), "abc".__contains__("b"), "abc".__len__(), "ab".__getitem__(1))
