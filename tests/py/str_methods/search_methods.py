# find/rfind/index/rindex/count/startswith/endswith.
s = "abracadabra"
print(s.find("bra"), s.find("bra", 2), s.find("zz"), s.rfind("bra"), s.rfind("a", 0, 5), s.find(""), s.find("", 20))
print(s.index("cad"), s.rindex("a"), s.count("a"), s.count("bra"), s.count(""), s.count("a", 5), s.count("aa"))
print(s.startswith("abr"), s.startswith("bra", 1), s.startswith(("x", "a")), s.endswith("bra"), s.endswith(("a", "b")), s.endswith("abr", 0, 4))
print("aaaa".count("aa"), "".find(""), "abc".find("c", -1), "abc".rfind(""))
try:
    s.index("zz")
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.rindex("zz")
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.startswith(["a"])
except TypeError as e:
    print(type(e).__name__, e)
