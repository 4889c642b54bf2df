# str searching: find/rfind/index/rindex/count, startswith/endswith, replace,
# partition/rpartition, removeprefix/removesuffix, join, and their errors.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

s = "hello world, hello moon"
print(s.find("hello"), s.find("hello", 1), s.find("o", 5, 8), s.find("zz"), s.find(""))
print(s.rfind("hello"), s.rfind("o", 0, 5), s.rfind(""), s.rfind("", 3, 5))
print(s.index("world"), s.rindex("o"), s.count("o"), s.count("l", 3), s.count("hello", 0, 10))
print("abcabc".find("c", -2), "abc".find("", 3), "abc".find("", 4), "abc".find("", 2, 1))
print("abc".count(""), "abc".count("", 1, 2), "abc".count("", 4), "aaaa".count("aa"))
print("abc".find("b", None, None), "abc".find("b", -100, 100), "abc".find("c", 1, -1))
u = "héllo wörld ☃ héllo"
print(u.find("l"), u.rfind("l", 0, 3), u.index("o", 2), u.count("l", 3), u.find("☃"), u.rfind("héllo"))
print(u.find("wörld", 4, 11), u.find("wörld", 4, 10), u.rindex("é"), u.count("é"))
t(lambda: s.index("zz"))
t(lambda: s.rindex("zz", 3))
t(lambda: s.find(1))
t(lambda: s.find())
t(lambda: s.find("a", 1, 2, 3))
t(lambda: s.find("a", "x"))
t(lambda: s.count(None))
t(lambda: s.find(sub="a"))

print(s.startswith("hello"), s.startswith("world", 6), s.startswith(("x", "he")), s.endswith("moon"))
print(s.endswith("world", 0, 11), s.endswith(("a", "b")), "abc".startswith("", 3), "abc".startswith("", 4))
print("abc".endswith("bc", -2), "abc".startswith("b", -2, -1), "".startswith(""), "".endswith("a"))
t(lambda: s.startswith(1))
t(lambda: s.startswith(("a", 1)))
t(lambda: s.endswith(["a"]))
t(lambda: s.endswith())

print("aaa".replace("a", "b"), "aaa".replace("a", "b", 2), "aaa".replace("a", "b", 0), "aaa".replace("a", "b", -1))
print("abc".replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"), "abc".replace("x", "y"))
print("héllo".replace("l", "L"), "héllo".replace("é", "e"), "a.b.c".replace(".", ""), "ab".replace("ab", "abab"))
print("ééé".replace("", "|"), "spam spam".replace("spam", "eggs", 1))
t(lambda: "a".replace(1, "b"))
t(lambda: "a".replace("a", 1))
t(lambda: "a".replace("a", "b", "c"))
t(lambda: "a".replace("a"))
t(lambda: "a".replace("a", "b", count=1))

print("a,b,c".partition(","), "a,b,c".rpartition(","), "abc".partition("x"), "abc".rpartition("x"))
print("héllo wörld".partition("o"), "key=value=x".partition("="), "key=value=x".rpartition("="))
t(lambda: "a".partition(""))
t(lambda: "a".rpartition(1))
t(lambda: "a".partition())

print("prefix_name".removeprefix("prefix_"), "name".removeprefix("x"), "file.py".removesuffix(".py"), "a".removesuffix(""))
t(lambda: "a".removeprefix(1))
t(lambda: "a".removesuffix())

print(",".join(["a", "b", "c"]), "".join([]), "-".join("abc"), " ".join(("x",)), "é".join(["a", "b"]))
print("+".join(x for x in ["1", "2", "3"]), ", ".join({"k": 1, "j": 2}), "".join(["solo"]))
big = ["item%d" % i for i in range(1000)]
joined = ",".join(big)
print(len(joined), joined[:20], joined[-10:])
t(lambda: "a".join([1]))
t(lambda: "a".join(["a", 2]))
t(lambda: "a".join(5))
t(lambda: "a".join())
t(lambda: "a".join([b"x"]))
print("a" in "cat", "" in "x", "xy" in "axyb", "z" in "abc")
t(lambda: 1 in "abc")
