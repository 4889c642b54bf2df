# str.split/rsplit (separator and whitespace forms, maxsplit), splitlines, strip family.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print("a b  c\td\ne".split(), "  lead and trail  ".split(), "".split(), "   ".split())
print("a b c d".split(None, 2), "a b c d".split(maxsplit=1), "  a  b  c  ".split(None, 1), "a b".split(maxsplit=0))
print("a,b,,c".split(","), "a,b,,c".split(",", 1), ",a,".split(","), "".split(","), "abc".split("abc"))
print("a::b::c".split("::"), "a::b::c".split("::", -1), "a b c".split(" ", 0), "aaa".split("a"))
print("a b c d".rsplit(None, 2), "  a  b  c  ".rsplit(None, 1), "a,b,c".rsplit(",", 1), "a,b,c".rsplit(","))
print(" a b ".rsplit(None, 0), "abcbdb".rsplit("b", 2), "x".rsplit("x"), "".rsplit())
print("x\x1cy\x1fz\x0bw\x0cv".split(), "a\u2003b\u00a0c\u3000d".split(), "é b  ☃".split(), "é b  ☃".rsplit(None, 1))
print("ab\u2028cd\x85ef".split(), "  é  ".split(None, 0), "é,ü,ö".split(","), "éxüxö".rsplit("x", 1))
print("a b".split(sep=None), "a-b".split(sep="-", maxsplit=5))
t(lambda: "a".split(""))
t(lambda: "a".split(1))
t(lambda: "a".rsplit(b"a"))
t(lambda: "a".split(" ", 1, 2))
t(lambda: "a".split(x=1))
t(lambda: "a".split(" ", sep=" "))
t(lambda: "a".split(" ", "2"))
t(lambda: "a".rsplit(""))

text = "line1\nline2\r\nline3\rline4\x0bl5\x0cl6\x1cl7\x1dl8\x1el9\x85l10\u2028l11\u2029l12"
print(text.splitlines())
print("abc\n".splitlines(True), "".splitlines(), "\n".splitlines(), "\n\n".splitlines(True), "a\r\n\r\nb".splitlines())
print("x\ry\r\n".splitlines(keepends=True), "no newline".splitlines(), "é\nü".splitlines(1))
t(lambda: "a".splitlines(1, 2))
t(lambda: "a".splitlines(keepends="x"))
t(lambda: "a".splitlines(foo=1))

print(repr("  x y  ".strip()), repr("  x y  ".lstrip()), repr("  x y  ".rstrip()), repr("\t\n x \x0b\x0c\r".strip()))
print("xxhixx".strip("x"), "xyhiyx".strip("xy"), "abc".strip(""), "abcba".lstrip("ab"), "abcba".rstrip("ab"))
print(repr("\u2003é\u00a0".strip()), "ééaéé".strip("é"), "☃a☃".strip("☃"), repr("  ".strip()), repr("".strip("x")))
print("  keep".strip(None), "--a--".lstrip("-"), "--a--".rstrip("-"), "a".strip("abc"))
t(lambda: "a".strip(1))
t(lambda: "a".lstrip(1, 2))
t(lambda: "a".rstrip(b"a"))
t(lambda: "a".strip(chars="a"))
