# Case conversion, is* predicates, padding, expandtabs, maketrans/translate.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

s = "hello World, it's a TEST 123"
print(s.upper(), "|", s.lower(), "|", s.title(), "|", s.capitalize(), "|", s.swapcase(), "|", s.casefold())
print("they're bill's friends".title(), "hello_world-foo bar".title(), "3rd place".title(), "ABC DEF".capitalize())
print("ß".upper(), "ß".casefold(), "ǆ".title(), "ǆa".capitalize(), "ΑΣ".lower(), "ΑΣ Σ".lower(), "aΣb".lower())
print("ﬁx".title(), "ﬁx".upper(), len("İ".lower()), "ΑΣ".swapcase(), "ŉ".upper(), "Straße".casefold())
print("ÉCOLE élève".lower(), "élève".upper(), "µ".casefold(), "ǅ".swapcase(), "ǅungla".istitle())
print("".upper(), "123".title(), "a".capitalize(), "".capitalize(), "mIxEd".swapcase())

for w in ["", "abc", "ABC", "Abc", "aBC", "123", "12a", "a1", " ", "\t\n", "Hello World", "Hello world",
          "é", "Ü", "½", "²", "٣", "x_1", "_x", "1x", "\x00", "a\u00a0", "\u2003", "ǅ", "İ"]:
    print(repr(w), w.isalpha(), w.isalnum(), w.isdigit(), w.isdecimal(), w.isnumeric(), w.isspace(),
          w.isupper(), w.islower(), w.istitle(), w.isidentifier(), w.isprintable(), w.isascii())
print("\u0300".isprintable(), "\u00ad".isprintable(), "\u2028".isprintable(), "\U0001f600".isprintable(), "\ue000".isprintable())
print("ⅷ".isnumeric(), "ⅷ".isalpha(), "〇".isnumeric(), "𝟘".isdecimal(), "١٢".isdigit(), "ǃ".isalpha())
print("café".isidentifier(), "日本".isidentifier(), "x·y".isidentifier(), "℘x".isidentifier(), "a-b".isidentifier())
t(lambda: "a".upper(1))
t(lambda: "a".isdigit(x=1))
t(lambda: str.upper(5))
t(lambda: str.upper())

print("[" + "abc".ljust(6) + "]", "[" + "abc".rjust(6, "*") + "]", "[" + "abc".center(8, "*") + "]", "[" + "abc".center(9) + "]")
print("[" + "ab".center(7) + "]", "[" + "a".center(4) + "]", "[" + "abc".ljust(2) + "]", "x".ljust(3, "é"), "é".center(4, "-"))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "-".zfill(3), "abc".zfill(2), "".zfill(3), "é".zfill(3))
t(lambda: "a".center())
t(lambda: "a".center(5, "ab"))
t(lambda: "a".center(5, 1))
t(lambda: "a".ljust("x"))
t(lambda: "a".rjust(5, "x", 1))
t(lambda: "a".zfill())
t(lambda: "a".zfill("3"))
t(lambda: "a".ljust(width=3))

print(repr("a\tb\n\tc".expandtabs()), repr("a\tb".expandtabs(4)), repr("a\tb".expandtabs(0)), repr("ab\tc\r\td".expandtabs(3)))
print(repr("\t".expandtabs(tabsize=2)), repr("é\tx".expandtabs(4)), repr("no tabs".expandtabs()))
t(lambda: "a".expandtabs("x"))
t(lambda: "a".expandtabs(8, 1))

table = str.maketrans("abc", "xyz", "d")
print(table == {97: 120, 98: 121, 99: 122, 100: None}, "abcdd".translate(table), "".maketrans({"a": "1", 98: None}) == {97: "1", 98: None})
print("hello".translate({108: "L", 111: None}), "abc".translate({97: "xy", 98: None, 99: 100}), "abc".translate([]), "abc".translate("xyz"))
print("héllo".translate({233: "e"}), "aaa".translate({97: "bb"}), "abc".translate(str.maketrans({"a": "A"})))
class Mapper:
    def __getitem__(self, k):
        if k == 98:
            return "B"
        raise LookupError(k)
print("abcb".translate(Mapper()))
t(lambda: str.maketrans(1))
t(lambda: str.maketrans("ab", "c"))
t(lambda: str.maketrans({"ab": 1}))
t(lambda: str.maketrans({1.5: 1}))
t(lambda: str.maketrans(1, "a"))
t(lambda: str.maketrans("a", 1))
t(lambda: str.maketrans("a", "b", 1))
t(lambda: str.maketrans())
t(lambda: "a".translate({97: 0x110000}))
t(lambda: "a".translate({97: 1.5}))
t(lambda: "a".translate(1))
t(lambda: "a".translate())
