# strip family, padding, zfill, expandtabs, removeprefix/removesuffix.
print(repr("  hi  ".strip()), repr("  hi  ".lstrip()), repr("  hi  ".rstrip()), repr("xxhixx".strip("x")), repr("abcHIcba".strip("abc")))
print(repr("\t\n hi \r\n".strip()), repr("hi".strip("")), repr("".strip()))
print(repr("ab".center(6)), repr("ab".center(7, "*")), repr("ab".ljust(5, "-")), repr("ab".rjust(5)), repr("abcdef".center(2)))
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(2), "".zfill(3))
print(repr("a\tbc\td".expandtabs()), repr("a\tb".expandtabs(4)), repr("\t".expandtabs(0)))
print("prefix_name".removeprefix("prefix_"), "name.txt".removesuffix(".txt"), "abc".removeprefix("x"), "abc".removesuffix(""))
try:
    "a".center(5, "ab")
except TypeError as e:
    print(type(e).__name__, e)
