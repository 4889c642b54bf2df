# Non-ASCII strings: length, indexing, case, ordering.
s = "héllo wörld 中文 😀"
print(s, len(s), s[1], s[-1], s[12:14])
print(s.upper(), "ß".upper(), "İ".lower() == "i̇", "ǅ".title())
print(repr("é"), ascii("é😀"), ord("😀"), chr(0x4e2d))
print("é" < "z", "é" > "e", sorted(["b", "é", "a", "Z"]))
print("straße".casefold(), "ΣΑΣ".lower())
print("\u00e9" == "é", "e\u0301" == "é", len("e\u0301"))
print(s.encode("utf-8"))
print(b"h\xc3\xa9".decode("utf-8"), "abc".isascii(), "é".isascii())
print("١٢٣".isdigit(), "١٢٣".isdecimal(), int("١٢٣"))
print("x".center(5, "é"), "中".ljust(3, "*"))
